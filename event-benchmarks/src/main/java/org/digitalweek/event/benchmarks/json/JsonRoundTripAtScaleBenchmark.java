package org.digitalweek.event.benchmarks.json;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import tools.jackson.databind.JsonNode;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * The canonical JSON round trip at a million sessions, beside Jackson's tree writing and reading the
 * same document. The document has about 700 MB, beyond the importer's default limit of 512 MiB
 * characters: the limit is raised as an embedding application raises it, with the system property
 * {@value #MAX_DOCUMENT_LENGTH}, set here before the formats are discovered. The suite runs this
 * class on its own, single shot, with a heap to match.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonRoundTripAtScaleBenchmark {

    /** The importer's property (CanonicalJsonImporter.MAX_DOCUMENT_LENGTH), in a package no one imports. */
    static final String MAX_DOCUMENT_LENGTH = "digitalweek.json.maxDocumentLength";

    static {
        // Before Programmes discovers the formats: the importer reads the property when it is made.
        System.setProperty(MAX_DOCUMENT_LENGTH, String.valueOf(Integer.MAX_VALUE));
    }

    /** How many sessions the edition has. */
    @Param({"1000000"})
    public int sessions;

    private PublicEdition edition;
    private JsonNode tree;

    /**
     * Generates what the benchmark at hand needs, outside the measurement: the edition for ours, only
     * Jackson's tree of its document for the limit. Each side keeps a heap of gigabytes at this size,
     * and what the other side would keep alive would slow the collector for this one.
     *
     * @param params which benchmark runs
     */
    @Setup
    public void generate(BenchmarkParams params) {
        generate(params.getBenchmark().endsWith(".rawRoundTrip"));
    }

    /** @param raw whether for Jackson's side */
    void generate(boolean raw) {
        edition = Programmes.federated(sessions);
        if (raw) {
            tree = RawJackson.read(Programmes.export(Programmes.exporter("json"), edition));
            edition = null;
        }
    }

    /** @return the edition, written as the canonical document and read back, as {@code JsonRoundTripBenchmark} */
    @Benchmark
    public PublicEdition roundTrip() {
        return Programmes.jsonRoundTrip(edition);
    }

    /** @return the same document written by Jackson from its tree, then read back into a tree: the limit */
    @Benchmark
    public JsonNode rawRoundTrip() {
        return RawJackson.read(RawJackson.write(tree));
    }
}
