package org.digitalweek.event.cli.command;

import java.util.concurrent.CountDownLatch;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Waits for Ctrl-C (SIGINT) or a service manager's SIGTERM, so that {@code serve} can stop in order
 * and end with exit code 0: the JVM's own handling would run the shutdown hooks and exit with 130 or
 * 143, which systemd and container runtimes read as a failure. Once the signal has come, the usual
 * handling is back: a second Ctrl-C during the graceful stop ends the process at once.
 */
final class StopSignals {

    private static final String[] NAMES = {"INT", "TERM"};

    private StopSignals() {
    }

    /**
     * @return the name of the signal that came ({@code INT} or {@code TERM})
     * @throws InterruptedException when the waiting thread is interrupted
     */
    static String await() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        String[] received = new String[1];
        SignalHandler handler = signal -> {
            received[0] = signal.getName();
            stop.countDown();
        };
        SignalHandler[] previous = new SignalHandler[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            previous[i] = Signal.handle(new Signal(NAMES[i]), handler);
        }
        try {
            stop.await();
        } finally {
            for (int i = 0; i < NAMES.length; i++) {
                Signal.handle(new Signal(NAMES[i]), previous[i]);
            }
        }
        return received[0];
    }
}
