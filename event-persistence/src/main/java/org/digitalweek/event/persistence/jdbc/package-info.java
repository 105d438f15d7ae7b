/**
 * The JDBC store: {@link org.digitalweek.event.persistence.jdbc.JdbcEditions}, one adapter for an
 * SQLite file and for a PostgreSQL database, opened by URI through
 * {@link org.digitalweek.event.persistence.jdbc.SqliteEditionsProvider} and
 * {@link org.digitalweek.event.persistence.jdbc.PostgresqlEditionsProvider}. The only package of the
 * project that may use {@code java.sql}.
 */
package org.digitalweek.event.persistence.jdbc;
