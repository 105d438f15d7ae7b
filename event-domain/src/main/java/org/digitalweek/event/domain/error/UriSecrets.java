package org.digitalweek.event.domain.error;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passwords a store URI may hold, and the URI as it may be shown. A password goes either in a
 * query parameter whose name holds "password" ({@code ?password=…}, {@code &sslpassword=…}) or in
 * the user part of the address ({@code //user:password@host}); both are replaced by {@code ***}.
 * Every store error that names a URI passes it through here ({@link StoreUriException} does it
 * itself), so no message, in any language, shows a password.
 */
public final class UriSecrets {

    /** What a password is replaced by. */
    public static final String MASK = "***";

    /** A query parameter whose name holds "password" (password, sslpassword, …) and its value. */
    private static final Pattern PARAMETER = Pattern.compile("([?&;][^=&;]*password[^=&;]*=)([^&;]*)",
            Pattern.CASE_INSENSITIVE);
    /** The user part of an address, up to the last {@code @} before the path: {@code //user:password@}. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?#:]*:)([^/?#]*)@");

    private UriSecrets() {
    }

    /**
     * @param uri a URI, possibly malformed
     * @return the URI with every password replaced by {@value #MASK}
     */
    public static String masked(String uri) {
        if (uri == null) {
            return "";
        }
        String withoutUserPassword = USER_INFO.matcher(uri).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + MASK + "@"));
        return PARAMETER.matcher(withoutUserPassword).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /**
     * @param uri a URI, possibly malformed
     * @return the passwords it holds, in order; none when it holds none
     */
    public static List<String> of(String uri) {
        List<String> found = new ArrayList<>();
        if (uri == null) {
            return found;
        }
        Matcher user = USER_INFO.matcher(uri);
        while (user.find()) {
            found.add(user.group(2));
        }
        Matcher parameter = PARAMETER.matcher(uri);
        while (parameter.find()) {
            found.add(parameter.group(2));
        }
        found.removeIf(String::isEmpty);
        return List.copyOf(found);
    }

    /**
     * @param text a text that may quote the URI or its passwords, e.g. a driver's message
     * @param uri  the URI
     * @return the text with the URI shown {@link #masked(String) masked} and every password of it
     *         replaced by {@value #MASK}
     */
    public static String scrub(String text, String uri) {
        if (text == null) {
            return "";
        }
        String clean = uri == null || uri.isEmpty() ? text : text.replace(uri, masked(uri));
        for (String secret : of(uri)) {
            clean = clean.replace(secret, MASK);
        }
        return clean;
    }
}
