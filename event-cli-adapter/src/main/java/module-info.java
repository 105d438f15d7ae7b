/**
 * The digitalweek command line and the composition root: the only place that chooses and builds adapters.
 */
module org.digitalweek.event.cli {
    requires org.digitalweek.event.domain;
    requires org.digitalweek.event.persistence;
    requires org.digitalweek.event.export;
    requires org.digitalweek.event.http;
    requires jdk.unsupported; // sun.misc.Signal: serve stops on Ctrl-C and SIGTERM and exits 0
    requires org.hibernate.validator;
    requires java.logging;
    requires info.picocli;

    opens org.digitalweek.event.cli.command to info.picocli; // the commands' annotated fields and methods

    exports org.digitalweek.event.cli.boot;
}
