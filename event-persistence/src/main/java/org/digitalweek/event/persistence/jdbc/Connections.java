package org.digitalweek.event.persistence.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Opens a new connection each time, from the driver that {@link DriverManager} finds for the URL,
 * with the dialect's settings. The store opens one per operation and closes it at the end, and
 * Flyway is handed this same source, so both see the same settings (the SQLite busy timeout).
 * No pool: the store is used by one program at a time, a connection costs well under a millisecond
 * for SQLite and a few for a local PostgreSQL, and there is then nothing to leak or to go stale;
 * a host that wants a pool can put one in front of the database.
 */
final class Connections implements DataSource {

    private final String url;
    private final Properties properties;
    private volatile int loginTimeoutSeconds;

    /**
     * @param url        the JDBC URL, with its own parameters (user, password, …)
     * @param properties settings added to those of the URL
     */
    Connections(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties withUser = new Properties();
        withUser.putAll(properties);
        withUser.setProperty("user", username);
        withUser.setProperty("password", password);
        return DriverManager.getConnection(url, withUser);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // The store writes no log of its own.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
