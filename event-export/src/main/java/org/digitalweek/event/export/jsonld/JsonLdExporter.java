package org.digitalweek.event.export.jsonld;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

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

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * Writes an edition as schema.org linked data ({@code jsonld}, {@code application/ld+json}): a
 * document {@code {"@context": "https://schema.org/", "@graph": […]}} whose nodes are
 *
 * <ul>
 *   <li>the edition, an {@code Event} (name, theme as description, dates, venues as location,
 *       languages, status, offline attendance) with {@code superEvent} its series, an
 *       {@code EventSeries}; {@code organizer} its host and organising ministries,
 *       {@code sponsor} its patron (<i>haut parrainage</i>) and {@code contributor} its guest
 *       delegations and partners; and one {@code subEvent} per session in programme order
 *       ({@code Event}, or {@code ExhibitionEvent}, or {@code EducationEvent} for masterclasses,
 *       trainings and workshops), with times as ISO 8601 with the offset of the edition's zone,
 *       its room as location, its track as {@code about} and its type as {@code keywords}; a
 *       session imported from a schedule has its page as {@code url} and its links as
 *       {@link LinkedWorks} says (live stream a {@code VirtualLocation}, slides
 *       {@code workFeatured}, recording {@code recordedIn}, …);
 *   <li>the venues and rooms, {@code Place}s, a room {@code containedInPlace} its venue;
 *   <li>the tracks, {@code DefinedTerm}s;
 *   <li>the ministries, {@code GovernmentOrganization}s with their country;
 *   <li>the officials, {@code Person}s with {@code jobTitle} (the post) and {@code affiliation}
 *       (the ministry). In a session, who presides is its {@code organizer}; speakers, panellists,
 *       moderators and trainers are {@code performer}s; exhibitors are {@code contributor}s.
 * </ul>
 *
 * <p>Nodes are named by the stable URNs of {@link Iris}. A cancelled session is
 * {@code EventCancelled}; a tentative one stays {@code EventScheduled} (schema.org has no tentative
 * status) and says {@code [tentative]} in its {@code disambiguatingDescription}, where an
 * illustrative item also says {@code [illustrative: note]}. Texts are in the reader's language, as the policy decides it.
 * The output is UTF-8, indented by two spaces with {@code "\n"}, and depends only on the edition
 * and the language.
 */
public final class JsonLdExporter implements Exporter {

    private static final ObjectWriter WRITER = JsonMapper.builder(JsonFactory.builder()
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller owns the stream
                    .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                    .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                    .build())
            .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build().writer();

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public JsonLdExporter() {
        // Stateless: the shared writer is immutable and safe across threads.
    }

    @Override
    public String formatId() {
        return "jsonld";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(out, "'out' must not be null");
        try (JsonGenerator json = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("@context", SchemaOrgGraph.SCHEMA);
            new SchemaOrgGraph(edition, context.readerLanguage(edition), new Ld(json)).write();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonException e) {
            throw streamFailure(e).orElseThrow(() -> e);
        }
    }

    /** Jackson wraps the stream's own failure once or twice; the port promises the IOException. */
    private static Optional<IOException> streamFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }
}
