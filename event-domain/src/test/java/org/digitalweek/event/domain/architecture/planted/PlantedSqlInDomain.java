package org.digitalweek.event.domain.architecture.planted;

import java.sql.Connection;

/** Breaks "the domain uses no JDBC". */
public class PlantedSqlInDomain {
    Connection connection;
}
