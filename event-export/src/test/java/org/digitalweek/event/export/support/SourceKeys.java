package org.digitalweek.event.export.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.Session;

/**
 * The guids and slugs a schedule published, which an export keeps as written even where today's XSD
 * or JSON schemas refuse them (31C3's base64 guids, FOSDEM's slugs without a hyphen, frab's and
 * pretalx's upper-case slugs). To check that nothing else breaks the rules, a test validates the
 * export with each of them replaced by a valid stand-in.
 */
public final class SourceKeys {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private SourceKeys() {
    }

    /**
     * @param exported an export
     * @param sessions the sessions it was made of
     * @param xml      whether it is a {@code schedule.xml} (else a JSON schedule)
     * @return the export with each source guid that is no UUID and each source slug replaced by a valid stand-in
     */
    public static byte[] withStandIns(byte[] exported, List<Session> sessions, boolean xml) {
        String text = new String(exported, StandardCharsets.UTF_8);
        for (Session session : sessions) {
            for (String guid : session.source().guid().stream().filter(g -> !UUID_TEXT.matcher(g).matches()).toList()) {
                text = text.replace("\"" + guid + "\"", "\"" + UUID.nameUUIDFromBytes(guid.getBytes(StandardCharsets.UTF_8))
                        + "\"");
            }
            for (String slug : session.source().slug().stream().toList()) {
                String standIn = "source-" + Integer.toHexString(session.id().value().hashCode() & 0x7fffffff);
                text = xml ? text.replace(">" + slug + "<", ">" + standIn + "<")
                        : text.replace("\"" + slug + "\"", "\"" + standIn + "\"");
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
