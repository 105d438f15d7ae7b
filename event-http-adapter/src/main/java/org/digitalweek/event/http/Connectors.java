package org.digitalweek.event.http;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The server's one connector, as Javalin would make it, with {@link HttpSettings#idleTimeout()}:
 * a connection silent for that long, before or while it sends a request, or not reading the
 * answer, is closed, so that slow clients cannot hold the server's threads.
 */
final class Connectors {

    private Connectors() {
    }

    /**
     * @param server   the Jetty server
     * @param http     the HTTP configuration Javalin prepared
     * @param settings where to listen and how long to wait
     * @return the connector
     */
    static ServerConnector listening(Server server, HttpConfiguration http, HttpSettings settings) {
        http.setIdleTimeout(settings.idleTimeout().toMillis());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        return connector;
    }
}
