/**
 * The JSON HTTP API of digitalweek, for the front ends that ministries build: a driving adapter
 * that calls the domain's in-ports only. {@link org.digitalweek.event.http.HttpApi} starts it on
 * the use cases a composition root hands over; nothing else is exported.
 */
module org.digitalweek.event.http {
    requires org.digitalweek.event.domain;
    requires io.javalin;
    requires org.eclipse.jetty.server;
    requires tools.jackson.databind;
    requires java.xml;

    exports org.digitalweek.event.http;
}
