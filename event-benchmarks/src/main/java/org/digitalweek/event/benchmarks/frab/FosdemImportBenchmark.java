package org.digitalweek.event.benchmarks.frab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLStreamException;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.digitalweek.event.benchmarks.Corpus;
import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;

/**
 * The {@code frab-xml} import of FOSDEM 2021 (773 events, 1.7 MB) beside a bare StAX pass over the
 * same bytes ({@link BareStax}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FosdemImportBenchmark {

    private byte[] document;
    private final Importer importer = Programmes.importer("frab-xml");
    private final ImportContext context = ImportContext.named("fosdem-2021.xml")
            .withDefaultZone(ZoneId.of("Europe/Brussels"));

    /** Reads the file, outside the measurement. */
    @Setup
    public void read() {
        document = Corpus.schedule("fosdem-2021.xml");
    }

    /**
     * @return the draft and its repairs
     * @throws IOException never: the input is in memory
     */
    @Benchmark
    public ImportResult importSchedule() throws IOException {
        return importer.read(new ByteArrayInputStream(document), context);
    }

    /**
     * @return the characters read
     * @throws XMLStreamException never: the file is well-formed
     */
    @Benchmark
    public long bareStax() throws XMLStreamException {
        return BareStax.pass(document);
    }
}
