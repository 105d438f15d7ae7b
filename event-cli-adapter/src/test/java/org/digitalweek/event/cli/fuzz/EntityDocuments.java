package org.digitalweek.event.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.digitalweek.event.cli.fuzz.DocumentShape.Span;

/**
 * Documents that ask the reader to expand or fetch something. In {@code schedule.xml}: the billion
 * laughs, an external entity, a parameter entity and an external DTD naming the canary file, and an
 * XInclude of it. In the other formats, which have no entities, the same references as plain text
 * and the canary's URI as a value: they must stay text, never be expanded or fetched.
 */
final class EntityDocuments {

    private final String format;
    private final DocumentShape shape;
    private final String canaryUri;

    /**
     * @param format the import format
     * @param shape  the seed's shape
     * @param canary a file that no import may read
     */
    EntityDocuments(String format, DocumentShape shape, Path canary) {
        this.format = format;
        this.shape = shape;
        this.canaryUri = canary.toUri().toString();
    }

    /** @return every entity document of the format */
    List<byte[]> all() {
        if (!format.equals("frab-xml")) {
            String quote = format.equals("ics") ? "" : "\"";
            return List.of(inValue(quote + "&xxe;&lol9;" + quote), inValue(quote + canaryUri + quote),
                    inValue(quote + "<!DOCTYPE x SYSTEM \\\"" + canaryUri + "\\\">&xxe;" + quote));
        }
        StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int level = 1; level < 10; level++) {
            laughs.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return List.of(declared("[" + laughs + "]", "&lol9;"),
                declared("[<!ENTITY xxe SYSTEM \"" + canaryUri + "\">]", "&xxe;"),
                declared("[<!ENTITY % p SYSTEM \"" + canaryUri + "\"> %p;]", "&xxe;"),
                declared("SYSTEM \"" + canaryUri + "\"", "&xxe;"),
                inValue("<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + canaryUri
                        + "\" parse=\"text\"/>"),
                inValue("&xxe;"));
    }

    /** The seed with a DOCTYPE after its XML declaration, and the entity used in its first text. */
    private byte[] declared(String declaration, String reference) {
        String text = shape.text();
        int prolog = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
        String root = text.substring(text.indexOf('<', prolog) + 1).split("[\\s>/]", 2)[0];
        String withDoctype = text.substring(0, prolog) + "<!DOCTYPE " + root + " " + declaration + ">"
                + text.substring(prolog);
        Span first = firstText();
        int shift = withDoctype.length() - text.length();
        return (withDoctype.substring(0, first.start() + shift) + reference
                + withDoctype.substring(first.end() + shift)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] inValue(String replacement) {
        Span first = firstText();
        String text = shape.text();
        return (text.substring(0, first.start()) + replacement + text.substring(first.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The first value that is text (not a number, a date or a boolean), where an importer keeps what it reads. */
    private Span firstText() {
        return shape.values().stream()
                .filter(v -> v.of(shape.text()).chars().filter(Character::isLetter).count() > 8)
                .findFirst().orElse(shape.values().get(0));
    }
}
