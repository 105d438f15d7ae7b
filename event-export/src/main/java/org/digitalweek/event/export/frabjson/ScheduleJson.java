package org.digitalweek.event.export.frabjson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.export.schedule.MintedGuids;

/**
 * The one Jackson set-up of both JSON schedules: UTF-8 without escaping non-ASCII text, two spaces a
 * level, {@code "\n"} line ends whatever the platform, and the caller's stream left open.
 */
final class ScheduleJson {

    /** Seconds and a numeric offset, as the schedules' examples write them. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    /**
     * The start of the URL of an event that has no public page: the schemas require one, and
     * {@code urn:uuid:<guid>} names the event without claiming a page; an import reads it as no page.
     */
    static final String NO_PAGE = "urn:uuid:";
    /** The wall-clock start of an event. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private static final ObjectWriter WRITER = writer();

    private ScheduleJson() {
    }

    /**
     * @param guid an event's guid, which a source may have published in another form than a UUID
     * @return the URL of that event when it has no public page: {@code urn:uuid:} and the guid when
     *         it is a UUID, else a name-based UUID of it, so that the URN is always a well-formed one
     */
    static String noPage(String guid) {
        return NO_PAGE + (MintedGuids.isUuid(guid) ? guid
                : UUID.nameUUIDFromBytes(guid.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param out where to write
     * @return a generator that writes to {@code out} and leaves it open
     */
    static JsonGenerator open(OutputStream out) {
        return WRITER.createGenerator(out, JsonEncoding.UTF8);
    }

    /**
     * @param e       what Jackson threw
     * @param edition the edition being written
     * @return the failure of the stream itself when that is the cause, else an I/O failure naming the edition
     */
    static IOException failure(JacksonException e, EditionId edition) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return new IOException("could not write the schedule of '" + edition + "'", e);
    }

    private static ObjectWriter writer() {
        JsonFactory factory = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JsonMapper.builder(factory).defaultPrettyPrinter(pretty).enable(SerializationFeature.INDENT_OUTPUT)
                .build().writer();
    }
}
