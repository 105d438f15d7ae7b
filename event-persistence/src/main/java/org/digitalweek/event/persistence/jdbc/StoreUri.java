package org.digitalweek.event.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.error.StoreUriException;

/**
 * A JDBC URL the store opens, checked: which database it names, and how to show it in messages
 * without its password.
 *
 * @param url     the URL as given, passed to the driver
 * @param dialect the database
 * @param shown   the URL with every password replaced by {@code ***}
 * @param secrets the passwords it holds, to scrub from messages
 */
record StoreUri(String url, Dialect dialect, String shown, List<String> secrets) {

    /** The form of SQLite URIs. */
    static final String SQLITE_FORM = "jdbc:sqlite:PATH";
    /** The form of PostgreSQL URIs. */
    static final String POSTGRESQL_FORM = "jdbc:postgresql://HOST[:PORT]/DATABASE";

    static final String SQLITE_PREFIX = "jdbc:sqlite:";
    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    /** A query parameter whose name holds "password" (password, sslpassword, …) and its value. */
    private static final Pattern SECRET = Pattern.compile("([?&;][^=&;]*password[^=&;]*=)([^&;]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTGRESQL = Pattern.compile("//([^/?]+)/([^/?]+)(\\?.*)?");
    private static final Pattern HOST_AND_PORT = Pattern.compile("[^:\\[\\],]+(:(\\d*))?");

    /**
     * @param uri a URI that starts with {@link #SQLITE_PREFIX} or {@link #POSTGRESQL_PREFIX}
     * @return the checked URI
     * @throws StoreUriException when it is malformed
     */
    static StoreUri parse(String uri) {
        String shown = redact(uri);
        if (uri.startsWith(SQLITE_PREFIX)) {
            checkSqlite(uri, shown);
            return new StoreUri(uri, Dialect.SQLITE, shown, secrets(uri));
        }
        if (uri.startsWith(POSTGRESQL_PREFIX)) {
            checkPostgresql(uri, shown);
            return new StoreUri(uri, Dialect.POSTGRESQL, shown, secrets(uri));
        }
        throw new StoreUriException(shown, "ce n'est pas une adresse JDBC SQLite ou PostgreSQL",
                "not an SQLite or PostgreSQL JDBC URL", List.of(SQLITE_FORM, POSTGRESQL_FORM));
    }

    private static void checkSqlite(String uri, String shown) {
        String path = uri.substring(SQLITE_PREFIX.length());
        int query = path.indexOf('?');
        path = (query < 0 ? path : path.substring(0, query)).strip();
        if (path.isEmpty()) {
            throw new StoreUriException(shown, "il manque le chemin du fichier SQLite",
                    "the path of the SQLite file is missing", List.of(SQLITE_FORM));
        }
        if (path.contains(":memory:") || uri.toLowerCase(Locale.ROOT).contains("mode=memory")) {
            throw new StoreUriException(shown,
                    "une base SQLite en mémoire disparaît avec chaque connexion ; utilisez un fichier ou « mem: »",
                    "an in-memory SQLite database vanishes with each connection; use a file, or 'mem:'",
                    List.of(SQLITE_FORM));
        }
    }

    private static void checkPostgresql(String uri, String shown) {
        Matcher m = POSTGRESQL.matcher(uri.substring(POSTGRESQL_PREFIX.length()));
        if (!m.matches()) {
            throw new StoreUriException(shown, "il faut « //hôte[:port]/base » après « jdbc:postgresql: »",
                    "'//HOST[:PORT]/DATABASE' must follow 'jdbc:postgresql:'", List.of(POSTGRESQL_FORM));
        }
        String authority = m.group(1);
        if (!authority.startsWith("[") && !authority.contains(",")) {
            Matcher hostPort = HOST_AND_PORT.matcher(authority);
            if (!hostPort.matches() || hostPort.group(2) != null && !validPort(hostPort.group(2))) {
                throw new StoreUriException(shown, "« " + authority + " » n'est pas un hôte[:port] valide",
                        "'" + authority + "' is not a valid HOST[:PORT]", List.of(POSTGRESQL_FORM));
            }
        }
    }

    private static boolean validPort(String digits) {
        return !digits.isEmpty() && digits.length() <= 5 && Integer.parseInt(digits) >= 1
                && Integer.parseInt(digits) <= 65_535;
    }

    /** @return the SQLite database file this URL names; none for PostgreSQL */
    Optional<SqliteFile> sqliteFile() {
        return dialect == Dialect.SQLITE ? SqliteFile.of(url.substring(SQLITE_PREFIX.length())) : Optional.empty();
    }

    /**
     * @param uri a URI
     * @return the URI with the value of every password parameter replaced by {@code ***}
     */
    static String redact(String uri) {
        return SECRET.matcher(uri).replaceAll("$1***");
    }

    private static List<String> secrets(String uri) {
        List<String> found = new ArrayList<>();
        Matcher m = SECRET.matcher(uri);
        while (m.find()) {
            if (!m.group(2).isEmpty()) {
                found.add(m.group(2));
            }
        }
        return List.copyOf(found);
    }

    /**
     * @param message a message that may quote the URL, e.g. a driver's
     * @return the message with every password of this URL replaced by {@code ***}
     */
    String scrub(String message) {
        String clean = message == null ? "" : message.replace(url, shown);
        for (String secret : secrets) {
            clean = clean.replace(secret, "***");
        }
        return clean;
    }
}
