package org.digitalweek.event.cli.command;

import java.util.concurrent.CountDownLatch;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Catches Ctrl-C (SIGINT) and a service manager's SIGTERM, so that {@code serve} can stop in order
 * and end with exit code 0: the JVM's own handling would run the shutdown hooks and exit with 130 or
 * 143, which systemd and container runtimes read as a failure. Installed before the server starts, so
 * that a signal that comes while it starts is not lost; closed, the usual handling is back, and a
 * second Ctrl-C during the graceful stop ends the process at once.
 */
final class StopSignals implements AutoCloseable {

    private static final String[] NAMES = {"INT", "TERM"};

    private final CountDownLatch stop = new CountDownLatch(1);
    private final SignalHandler[] previous = new SignalHandler[NAMES.length];

    private StopSignals() {
    }

    /** @return the signals caught from now on */
    static StopSignals install() {
        StopSignals signals = new StopSignals();
        for (int i = 0; i < NAMES.length; i++) {
            signals.previous[i] = Signal.handle(new Signal(NAMES[i]), signal -> signals.stop.countDown());
        }
        return signals;
    }

    /**
     * Waits until one of the signals has come, or returns at once if one came already.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void await() throws InterruptedException {
        stop.await();
    }

    /** Gives the signals back to the handling they had before. */
    @Override
    public void close() {
        for (int i = 0; i < NAMES.length; i++) {
            Signal.handle(new Signal(NAMES[i]), previous[i]);
        }
    }
}
