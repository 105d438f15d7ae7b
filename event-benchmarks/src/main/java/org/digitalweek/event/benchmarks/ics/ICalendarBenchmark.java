package org.digitalweek.event.benchmarks.ics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * The {@code ics} export beside ical4j, the other Java calendar library, building and writing the
 * same calendar from the same edition ({@link Ical4jCalendar}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ICalendarBenchmark {

    /** How many sessions the programme has. */
    @Param({"1000", "10000"})
    public int sessions;

    private PublicEdition edition;
    private final Exporter exporter = Programmes.exporter("ics");

    /** Generates the programme, outside the measurement. */
    @Setup
    public void generate() {
        edition = Programmes.federated(sessions);
    }

    /**
     * @return the calendar
     * @throws IOException never: the output is in memory
     */
    @Benchmark
    public byte[] export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        exporter.export(edition, Programmes.CONTEXT, out);
        return out.toByteArray();
    }

    /**
     * @return the same calendar, built and written with ical4j: the peer
     * @throws IOException never: the output is in memory
     */
    @Benchmark
    public byte[] ical4j() throws IOException {
        return Ical4jCalendar.write(edition, "fr");
    }
}
