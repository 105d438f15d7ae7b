package org.digitalweek.event.benchmarks.json;

import java.io.ByteArrayInputStream;
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
import tools.jackson.databind.JsonNode;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.Importer;

/**
 * The canonical JSON export (edition to bytes) and import (bytes to edition, not yet validated)
 * beside Jackson's tree model writing and reading the same documents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CanonicalJsonBenchmark {

    /** How many sessions the programme has. */
    @Param({"1000", "10000", "100000"})
    public int sessions;

    private PublicEdition edition;
    private byte[] document;
    private JsonNode tree;
    private final Exporter exporter = Programmes.exporter("json");
    private final Importer importer = Programmes.importer("json");
    private final ImportContext context = ImportContext.named("edition.json");

    /** Generates the programme and its document, outside the measurement. */
    @Setup
    public void generate() {
        edition = Programmes.federated(sessions);
        document = Programmes.export(exporter, edition);
        tree = RawJackson.read(document);
    }

    /**
     * @return the document
     * @throws IOException never: the output is in memory
     */
    @Benchmark
    public byte[] export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length);
        exporter.export(edition, Programmes.CONTEXT, out);
        return out.toByteArray();
    }

    /** @return the same document, written by Jackson from its tree: the limit */
    @Benchmark
    public byte[] rawWrite() {
        return RawJackson.write(tree);
    }

    /**
     * @return the edition
     * @throws IOException never: the input is in memory
     */
    @Benchmark
    public PublicEdition importDocument() throws IOException {
        return Drafts.toEdition(importer.read(new ByteArrayInputStream(document), context).edition());
    }

    /** @return the document's tree, parsed by Jackson: the limit */
    @Benchmark
    public JsonNode rawRead() {
        return RawJackson.read(document);
    }
}
