package org.digitalweek.event.export.communique;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * Writes the press communiqué of an edition ({@code communique}, {@code text/plain; charset=utf-8}):
 * the text a ministry's communication office publishes after the opening, in French when the
 * context language is French and in English otherwise, plain UTF-8 wrapped at 78 columns.
 *
 * <p>Its paragraphs: the kicker; the headline (edition title) and the theme; the lead (the ordinal,
 * the series, the day, hours and place of the opening ceremony; who presided it, on whose behalf
 * (<i>au nom de</i>), in whose presence, in protocol speaking order); the theme and the patronage
 * (<i>haut parrainage</i>) of the {@code PATRON} ministries; the quotations of the ceremony, verbatim,
 * in protocol speaking order, each with its author and, when it is in another language, that
 * language; the programme highlights by session type; the dateline (host city, day of the export
 * clock in the edition's zone) and the host ministries; then the notes to editors. A paragraph whose
 * facts are missing (no opening ceremony, no patron, no statement, no other session) is left out.
 *
 * <p>Illustrative facts are never stated as fact: the hours of an illustrative session are left
 * out; its day, room or title, and any fact taken from an illustrative room, venue, ministry,
 * official or the edition's own dates, carry a mark ({@code [1]}) whose note, from the model, is
 * printed under the notes to editors; illustrative programme sessions are named by title only, with
 * no day, time or room; illustrative statements are never quoted.
 */
public final class CommuniqueExporter implements Exporter {

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public CommuniqueExporter() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return "communique";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=utf-8";
    }

    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(out, "'out' must not be null");
        out.write(new Communique(edition, context).text().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
