package org.digitalweek.event.cli.progress;

/**
 * The timer of a visible {@link ProgressLine}: a daemon thread that ticks it a few times a second
 * until it is closed. A thread of its own, so that a line shows even while the work waits (a slow
 * pipe, a store's save) and the work itself never looks at a clock.
 */
public final class ProgressTicker extends Thread {

    /** How often the line is redrawn. */
    static final long PERIOD_MILLIS = 200;

    private final ProgressLine line;

    private ProgressTicker(ProgressLine line) {
        super("digitalweek-progress");
        this.line = line;
        setDaemon(true);
    }

    /**
     * @param line a line
     * @return the line, ticked from now on by a daemon thread when it is visible
     */
    public static ProgressLine start(ProgressLine line) {
        if (line.visible()) {
            new ProgressTicker(line).start();
        }
        return line;
    }

    @Override
    public void run() {
        try {
            while (!line.closed()) {
                Thread.sleep(PERIOD_MILLIS);
                line.tick();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
