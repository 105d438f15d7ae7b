package org.digitalweek.event.export.markdown;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * Writes the programme of an edition as Markdown ({@code markdown}, {@code text/markdown}), readable
 * as plain text in an email and rendered by wikis: the title, theme, dates and ministries, then per
 * day one line per session, {@code - 09:00–11:00 · Room · **Title** (type) — speakers}. Illustrative
 * items end with {@code *} and a footnote; cancelled sessions are struck through. Every piece of data
 * has its Markdown characters escaped. The words are French when the context's language is French,
 * else English; the only time written is the context clock's. UTF-8, {@code "\n"} line ends.
 */
public final class MarkdownProgrammeExporter implements Exporter {

    /** The format id. */
    public static final String FORMAT_ID = "markdown";
    /** The media type of the document. */
    public static final String MEDIA_TYPE = "text/markdown";

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public MarkdownProgrammeExporter() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    /** Streams the document to {@code out}, in the reader's language, and leaves {@code out} open. */
    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(out, "'out' must not be null");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
        ReaderLanguage language = context.readerLanguage(edition);
        new MarkdownProgramme(writer, MarkdownWords.of(language), language, edition)
                .write(context.clock().instant());
        writer.flush();
    }
}
