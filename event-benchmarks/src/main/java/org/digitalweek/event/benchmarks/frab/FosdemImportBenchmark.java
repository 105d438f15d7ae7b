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
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.out.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.service.FormatCatalogue;
import org.digitalweek.event.domain.service.ImportService;
import org.digitalweek.event.persistence.memory.InMemoryEditions;

/**
 * The {@code frab-xml} import of FOSDEM 2021 (773 events, 1.7 MB) beside a bare StAX pass over the
 * same bytes ({@link BareStax}); and, for scale, the whole import use case (read, validate, check,
 * as a dry run) on the same file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FosdemImportBenchmark {

    private byte[] document;
    private final Importer importer = Programmes.importer("frab-xml");
    private final ImportContext context = ImportContext.named("fosdem-2021.xml")
            .withDefaultZone(ZoneId.of("Europe/Brussels"));
    private ImportService useCase;

    /** Reads the file, outside the measurement. */
    @Setup
    public void read() {
        document = Corpus.schedule("fosdem-2021.xml");
        useCase = new ImportService(new InMemoryEditions(), Validators.inputValidator(), new ProgrammeChecker(),
                FormatCatalogue.discover(getClass().getClassLoader()));
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

    /**
     * @return the report of the import use case, which stores nothing
     * @throws IOException never: the input is in memory
     */
    @Benchmark
    public ImportReport importUseCase() throws IOException {
        return useCase.importEdition(ImportEditionCommand.create("frab-xml", context).asDryRun(),
                new ByteArrayInputStream(document));
    }
}
