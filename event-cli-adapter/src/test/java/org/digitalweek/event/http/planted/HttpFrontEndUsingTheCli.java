package org.digitalweek.event.http.planted;

import org.digitalweek.event.cli.text.Terminal;

/** Breaks "adapters do not know each other": an HTTP front end that borrows the command line's terminal. */
public class HttpFrontEndUsingTheCli {

    boolean colour() {
        return Terminal.PLAIN.colour();
    }
}
