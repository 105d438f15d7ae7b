package org.digitalweek.event.export.frab;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.LinkKind;

/**
 * The words of the schedule formats for what a link leads to, both ways, chosen so that a round trip
 * gives each link its kind again. A link's {@code type} wins when it names a kind; otherwise its
 * title is read ({@code Video recording (mp4)} is a recording, {@code Slides} slides, {@code Live
 * stream} a live stream, {@code Registration} a registration page), else it is {@link LinkKind#OTHER}.
 * {@code schedule.xml} takes any word, so its {@code <link type>} is the kind's own name; the JSON
 * schemas have closed lists, so only slides ({@code slides}, {@code SLIDES}) and recordings
 * ({@code media}, {@code MEDIA}) are typed there, and the other kinds come back from their titles,
 * as they first came.
 */
public final class LinkWords {

    private static final Pattern STREAM = Pattern.compile("\\bstream\\b");
    private static final Map<String, LinkKind> JSON = Map.of("slides", LinkKind.SLIDES, "media", LinkKind.RECORDING);

    private LinkWords() {
    }

    /**
     * @param type  a {@code <link type>} of {@code schedule.xml}, if any (null)
     * @param title the link's title, if any (null)
     * @return what it leads to
     */
    public static LinkKind ofXml(String type, String title) {
        if (type != null) {
            for (LinkKind kind : LinkKind.values()) {
                if (kind.name().equalsIgnoreCase(type.strip())) {
                    return kind;
                }
            }
        }
        return guess(title);
    }

    /**
     * @param kind what a link leads to
     * @return its {@code <link type>} in {@code schedule.xml}
     */
    public static String xml(LinkKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param type  a link's {@code type} in {@code schedule.json} or {@code schedule2}, if any (null)
     * @param title the link's title, if any (null)
     * @return what it leads to
     */
    public static LinkKind ofJson(String type, String title) {
        LinkKind typed = type == null ? null : JSON.get(type.strip().toLowerCase(Locale.ROOT));
        return typed != null ? typed : guess(title);
    }

    /**
     * @param kind what a link leads to
     * @return its {@code type} in {@code schedule.json} (lower case) or {@code schedule2} (upper case),
     *         when the schemas' lists have a word for it
     */
    public static Optional<String> json(LinkKind kind) {
        return JSON.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst();
    }

    /** The kind a title names, else OTHER. */
    private static LinkKind guess(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (t.contains("livestream") || t.contains("stream") && STREAM.matcher(t).find()) {
            return LinkKind.LIVESTREAM;
        }
        if (t.contains("slide") || t.contains("diapo")) {
            return LinkKind.SLIDES;
        }
        if (t.contains("recording") || t.contains("video") || t.contains("vidéo") || t.contains("enregistrement")) {
            return LinkKind.RECORDING;
        }
        if (t.contains("registration") || t.contains("register") || t.contains("inscription")) {
            return LinkKind.REGISTRATION;
        }
        return LinkKind.OTHER;
    }
}
