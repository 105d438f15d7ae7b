package org.digitalweek.event.domain.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for the web addresses of a programme (a session's page, its links): an absolute
 * {@code http} or {@code https} address with a host, of at most {@value #LONGEST} characters, with no
 * space or control character, so that every format can carry it and no reader is led elsewhere.
 */
public final class WebAddresses {

    /** The longest address accepted, in characters. */
    public static final int LONGEST = 2000;

    private WebAddresses() {
    }

    /**
     * @param text a candidate address
     * @return the address, when it follows the rule
     */
    public static Optional<URI> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > LONGEST
                || text.chars().anyMatch(c -> c <= ' ' || c == 0x7F || Character.isISOControl(c))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            return isValid(uri) ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * @param uri an address
     * @return whether it follows the rule
     */
    public static boolean isValid(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String text = uri.toString();
        return (scheme.equals("http") || scheme.equals("https")) && text.length() <= LONGEST
                && text.chars().noneMatch(c -> c <= ' ' || Character.isISOControl(c));
    }
}
