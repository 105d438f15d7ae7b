package org.digitalweek.event.export.html;

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
 * Writes the programme of an edition as one self-contained HTML page ({@code html},
 * {@code text/html}): a header with the title, theme, dates, city and ministries; a grid per day
 * (start times × rooms) and a detailed list per day; filters by track, type and language that a
 * small inline script applies (without script the page shows everything); footnotes for
 * illustrative items.
 *
 * <p>The page makes no request: its style sheet and script are inline and a Content-Security-Policy
 * allows only them, by hash. Every piece of data is escaped and reaches the script only through
 * {@code data-*} attributes. The words of the page are French when the context's language is French,
 * else English. The only time written is the context clock's, in the edition's zone; the page is
 * streamed, UTF-8, with {@code "\n"} line ends.
 */
public final class HtmlProgrammeExporter implements Exporter {

    /** The format id. */
    public static final String FORMAT_ID = "html";
    /** The media type of the page. */
    public static final String MEDIA_TYPE = "text/html";

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public HtmlProgrammeExporter() {
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

    /** Streams the page to {@code out}, in the reader's language, and leaves {@code out} open. */
    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(out, "'out' must not be null");
        ReaderLanguage reader = context.readerLanguage(edition);
        Words words = Words.of(reader);
        String htmlLanguage = reader.tag();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
        Markup markup = new Markup(new HtmlWriter(writer), words, new Texts(reader, htmlLanguage), edition);
        new ProgrammePage(markup).write(htmlLanguage, context.clock().instant());
        writer.flush();
    }
}
