package org.digitalweek.event.persistence.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The store's connections, from the driver that {@link DriverManager} finds for the URL, with the
 * dialect's settings. As a {@link DataSource}, for Flyway, it opens a new connection each time. The
 * store itself borrows one per operation and gives it back at the end; up to {@link #MAX_IDLE}
 * connections whose last transaction ended cleanly are kept for the next operations.
 *
 * <p>Why keep any: a new PostgreSQL connection starts a server process that must also warm its
 * catalog caches, which made each operation several times slower than on a connection already
 * used. Why not a pool library: nothing more is needed than a few idle connections, one per thread
 * at work, each used by one operation at a time; a connection idle for long is checked before use.
 */
final class Connections implements DataSource {

    /** How many idle connections are kept. */
    static final int MAX_IDLE = 8;
    /** After how long idle a connection is checked before it is used again. */
    private static final long CHECK_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int CHECK_TIMEOUT_SECONDS = 5;

    /** A connection waiting for its next operation, and since when. */
    private record Idle(Connection connection, long since) {
    }

    private final String url;
    private final Properties properties;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;
    private volatile int loginTimeoutSeconds;

    /**
     * @param url        the JDBC URL, with its own parameters (user, password, …)
     * @param properties settings added to those of the URL
     */
    Connections(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    /**
     * @return a connection outside any transaction, for one operation
     * @throws SQLException when no connection can be opened
     */
    Connection borrow() throws SQLException {
        while (true) {
            Idle next;
            synchronized (this) {
                next = idle.pollFirst();
            }
            if (next == null) {
                return getConnection();
            }
            boolean fresh = System.nanoTime() - next.since() < CHECK_AFTER_NANOS;
            if (fresh || next.connection().isValid(CHECK_TIMEOUT_SECONDS)) {
                return next.connection();
            }
            closeQuietly(next.connection());
        }
    }

    /**
     * @param connection a borrowed connection
     * @param reusable   whether its last transaction ended cleanly, so that it may serve again
     */
    void giveBack(Connection connection, boolean reusable) {
        synchronized (this) {
            if (reusable && !closed && idle.size() < MAX_IDLE) {
                idle.addFirst(new Idle(connection, System.nanoTime()));
                return;
            }
        }
        closeQuietly(connection);
    }

    /**
     * Closes the idle connections; those in use are closed when given back.
     *
     * @throws SQLException when a connection fails to close; the others are closed all the same
     */
    void close() throws SQLException {
        List<Idle> closing;
        synchronized (this) {
            closed = true;
            closing = new ArrayList<>(idle);
            idle.clear();
        }
        SQLException failure = null;
        for (Idle each : closing) {
            try {
                each.connection().close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // It was being discarded anyway; the database ends its session when the socket goes.
        }
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
