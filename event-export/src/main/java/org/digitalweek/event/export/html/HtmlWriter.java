package org.digitalweek.event.export.html;

import java.io.IOException;
import java.io.Writer;

/**
 * A thin streaming HTML writer: every piece of data goes through {@link #text(String)} or an
 * attribute value, both escaped for {@code & < > " '}; only the page's own constant markup is
 * written raw. Writing the same calls always gives the same characters.
 */
final class HtmlWriter {

    private final Writer out;

    HtmlWriter(Writer out) {
        this.out = out;
    }

    /** Writes markup that is a constant of this package, never data. */
    HtmlWriter raw(String markup) throws IOException {
        out.write(markup);
        return this;
    }

    /** Writes data as text, escaped. */
    HtmlWriter text(String data) throws IOException {
        out.write(escape(data));
        return this;
    }

    /**
     * Opens an element.
     *
     * @param tag        a constant tag name
     * @param attributes constant names and data values, in pairs; a {@code null} value leaves the
     *                   attribute out
     */
    HtmlWriter open(String tag, String... attributes) throws IOException {
        out.write('<');
        out.write(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.write(' ');
            out.write(attributes[i]);
            out.write("=\"");
            out.write(escape(value));
            out.write('"');
        }
        out.write('>');
        return this;
    }

    /** Closes an element. */
    HtmlWriter close(String tag) throws IOException {
        out.write("</");
        out.write(tag);
        out.write('>');
        return this;
    }

    /** Writes an element holding escaped text. */
    HtmlWriter element(String tag, String data, String... attributes) throws IOException {
        return open(tag, attributes).text(data).close(tag);
    }

    /** Ends a line of markup, for readable output. */
    HtmlWriter newline() throws IOException {
        out.write('\n');
        return this;
    }

    /**
     * @param data any text
     * @return the text with {@code & < > " '} replaced by character references
     */
    static String escape(String data) {
        StringBuilder escaped = null;
        for (int i = 0; i < data.length(); i++) {
            String replacement = switch (data.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(data.length() + 16).append(data, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(data.charAt(i));
                }
            }
        }
        return escaped == null ? data : escaped.toString();
    }
}
