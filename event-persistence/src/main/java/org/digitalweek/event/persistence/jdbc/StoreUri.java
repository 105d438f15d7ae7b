package org.digitalweek.event.persistence.jdbc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.error.StoreUriException;
import org.digitalweek.event.domain.error.UriSecrets;

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

    private static final Pattern POSTGRESQL = Pattern.compile("//([^/?]+)/([^/?]+)(\\?.*)?");
    private static final Pattern HOST_AND_PORT = Pattern.compile("[^:\\[\\],]+(:(\\d*))?");

    /**
     * @param uri a URI that starts with {@link #SQLITE_PREFIX} or {@link #POSTGRESQL_PREFIX}
     * @return the checked URI
     * @throws StoreUriException when it is malformed
     */
    static StoreUri parse(String uri) {
        String shown = UriSecrets.masked(uri);
        // The exceptions are given the URI itself: they mask its passwords wherever they quote it.
        if (uri.startsWith(SQLITE_PREFIX)) {
            checkSqlite(uri);
            return new StoreUri(uri, Dialect.SQLITE, shown, UriSecrets.of(uri));
        }
        if (uri.startsWith(POSTGRESQL_PREFIX)) {
            checkPostgresql(uri);
            return new StoreUri(uri, Dialect.POSTGRESQL, shown, UriSecrets.of(uri));
        }
        throw new StoreUriException(uri, "ce n'est pas une adresse JDBC SQLite ou PostgreSQL",
                "not an SQLite or PostgreSQL JDBC URL", List.of(SQLITE_FORM, POSTGRESQL_FORM));
    }

    private static void checkSqlite(String uri) {
        String path = uri.substring(SQLITE_PREFIX.length());
        int query = path.indexOf('?');
        path = (query < 0 ? path : path.substring(0, query)).strip();
        if (path.isEmpty()) {
            throw new StoreUriException(uri, "il manque le chemin du fichier SQLite",
                    "the path of the SQLite file is missing", List.of(SQLITE_FORM));
        }
        if (path.contains(":memory:") || uri.toLowerCase(Locale.ROOT).contains("mode=memory")) {
            throw new StoreUriException(uri,
                    "une base SQLite en mémoire disparaît avec chaque connexion ; utilisez un fichier ou « mem: »",
                    "an in-memory SQLite database vanishes with each connection; use a file, or 'mem:'",
                    List.of(SQLITE_FORM));
        }
    }

    private static void checkPostgresql(String uri) {
        Matcher m = POSTGRESQL.matcher(uri.substring(POSTGRESQL_PREFIX.length()));
        if (!m.matches()) {
            throw new StoreUriException(uri, "il faut « //hôte[:port]/base » après « jdbc:postgresql: »",
                    "'//HOST[:PORT]/DATABASE' must follow 'jdbc:postgresql:'", List.of(POSTGRESQL_FORM));
        }
        String authority = m.group(1);
        if (authority.contains("@")) {
            // The driver reads no user part: it would take "user:password@host" for a host name.
            throw new StoreUriException(uri, "l'utilisateur et le mot de passe se donnent dans la requête,"
                    + " « ?user=…&password=… », pas avant l'hôte",
                    "the user and password go in the query, '?user=…&password=…', not before the host",
                    List.of(POSTGRESQL_FORM));
        }
        if (!authority.startsWith("[") && !authority.contains(",")) {
            Matcher hostPort = HOST_AND_PORT.matcher(authority);
            if (!hostPort.matches() || hostPort.group(2) != null && !validPort(hostPort.group(2))) {
                throw new StoreUriException(uri, "« " + authority + " » n'est pas un hôte[:port] valide",
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
     * @param message a message that may quote the URL, e.g. a driver's
     * @return the message with every password of this URL replaced by {@code ***}
     */
    String scrub(String message) {
        return UriSecrets.scrub(message, url);
    }
}
