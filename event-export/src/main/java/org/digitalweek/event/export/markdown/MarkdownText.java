package org.digitalweek.event.export.markdown;

import java.net.URI;
import java.util.Optional;

import org.digitalweek.event.domain.model.WebAddresses;

/** Makes data inert in Markdown: every character that could start markup is backslash-escaped. */
final class MarkdownText {

    /** ASCII punctuation that CommonMark or GitHub's extensions give a meaning inside a line. */
    private static final String SPECIAL = "\\`*_[]<>|~#!&";

    private MarkdownText() {
    }

    /**
     * @param text    Markdown already escaped, shown for the link
     * @param address where it leads, if anywhere: an absolute http or https address
     * @return the text as an inline link to the address, its destination in angle brackets (which an
     *         address, holding no space, {@code <} or {@code >}, cannot close early); the text alone
     *         when there is no address or it does not follow {@link WebAddresses}
     */
    static String link(String text, Optional<URI> address) {
        return address.filter(WebAddresses::isValid).map(a -> "[" + text + "](<" + a + ">)").orElse(text);
    }

    /**
     * @param data any text
     * @return the text on one line, with markup characters escaped
     */
    static String escape(String data) {
        StringBuilder out = new StringBuilder(data.length() + 8);
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
