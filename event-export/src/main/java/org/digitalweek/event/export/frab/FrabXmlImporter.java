package org.digitalweek.event.export.frab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.schedule.ScheduleBuilder;
import org.digitalweek.event.export.schedule.TypedText;

/**
 * Reads a frab/Pentabarf {@code schedule.xml} ({@code frab-xml}, {@value FrabXmlExporter#MEDIA_TYPE}),
 * as frab, pretalx, Pentabarf and this project's {@link FrabXmlExporter} write it, into an edition
 * draft through the shared {@link ScheduleBuilder}.
 *
 * <p>Streaming and safe with untrusted files: no DTD is accepted (so no entity is expanded and no
 * external file is read), and documents over 64 MiB, nested over 64 levels or with a text over 1 MiB
 * fail as soon as the limit is passed. Lenient on content: missing guids, no time zone (given as an
 * option), durations as {@code H:MM} or {@code HH:MM:SS}, events given by {@code <start>} under
 * their day with a {@code day_change}. Each event's guid, id, slug, type word, page, logo, links
 * and attachments are kept (relative addresses resolved against the conference's {@code base_url});
 * what the model does not keep (the schedule's version, recording, …) and elements it does not know
 * are reported once per name. Characters no one types (U+007F to U+009F, which XML 1.0 allows) are
 * removed from texts, and said once ({@link TypedText}). Values that cannot be read
 * (a date, a duration, a time) are reported together, each at its event and line.
 */
public final class FrabXmlImporter implements Importer {

    /** The root element, after an optional declaration, comments and doctype. */
    private static final Pattern SCHEDULE_ROOT = Pattern.compile(
            "^\\uFEFF?\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*|<!DOCTYPE[^>]*>\\s*)*<schedule[\\s>/]", Pattern.DOTALL);

    private final XmlLimits limits;

    /** Creates the importer with the format's limits; {@link java.util.ServiceLoader} calls this. */
    public FrabXmlImporter() {
        this(XmlLimits.SCHEDULE);
    }

    /** @param limits other limits, for tests */
    FrabXmlImporter(XmlLimits limits) {
        this.limits = Objects.requireNonNull(limits, "'limits' must not be null");
    }

    @Override
    public String formatId() {
        return "frab-xml";
    }

    @Override
    public String mediaType() {
        return FrabXmlExporter.MEDIA_TYPE;
    }

    /** An {@code .xml} file (or a nameless stream) whose root element is {@code <schedule>}. */
    @Override
    public boolean recognizes(String fileName, String head) {
        boolean named = fileName == null || fileName.isEmpty() || fileName.toLowerCase(Locale.ROOT).endsWith(".xml");
        return named && head != null && SCHEDULE_ROOT.matcher(head).find();
    }

    @Override
    public ImportResult read(InputStream in, ImportContext context) throws IOException {
        Objects.requireNonNull(in, "'in' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        ScheduleBuilder builder = new ScheduleBuilder(context);
        DocumentChars chars;
        try {
            chars = DocumentChars.open(in, limits.maxDocumentBytes());
        } catch (UnsupportedEncodingException e) {
            throw builder.problems().fatal(DocumentPlace.line(1, 1), "encodage inconnu " + FrabValues.quoteFr(
                    e.getMessage()) + " dans la déclaration XML : enregistrez le document en UTF-8", "unknown encoding "
                    + FrabValues.quote(e.getMessage()) + " in the XML declaration: save the document as UTF-8");
        }
        XmlFailures failures = new XmlFailures(builder.problems(), limits, chars);
        Leftovers leftovers = new Leftovers(builder.repairs());
        try {
            XMLStreamReader xml = start(chars, failures);
            try {
                return new ScheduleXmlReader(new XmlCursor(xml, limits, failures, leftovers,
                        new TypedText(builder.repairs())), builder).read();
            } finally {
                close(xml);
            }
        } catch (UncheckedIOException e) { // the stream failed, not the document
            throw e.getCause();
        }
    }

    private XMLStreamReader start(DocumentChars chars, XmlFailures failures) {
        try {
            return SecureStax.open(chars, limits);
        } catch (XMLStreamException e) {
            throw failures.of(e, DocumentPlace.line(1, 1));
        }
    }

    private static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Nothing to release that matters: the caller owns the stream.
        }
    }
}
