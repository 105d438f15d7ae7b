package org.digitalweek.event.export.planted;

import java.sql.Connection;

import org.hibernate.validator.HibernateValidator;

import picocli.CommandLine;

/** Breaks the JDBC, picocli and Hibernate placement rules, and the library coding rules. */
public class ExportUsingSqlPicocliAndHibernate {
    Connection connection;
    CommandLine commandLine;
    Class<?> provider = HibernateValidator.class;

    void print() {
        System.out.println("planted");
        throw new RuntimeException("generic");
    }
}
