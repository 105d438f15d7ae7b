/**
 * The JMH benchmarks of digitalweek's hot paths, each measured beside its physical limit or a peer
 * library in the same run, and {@link org.digitalweek.event.benchmarks.BenchmarkSuite}, which runs
 * them all and prints the table of {@code docs/performance.md}. Not a published module.
 */
package org.digitalweek.event.benchmarks;
