package org.digitalweek.event.cli.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.digitalweek.event.cli.text.Language;

/**
 * One line on standard error that says how far long work has gone, e.g. French
 * {@code lecture : 12,3 Mo / 48,0 Mo (25 %)}, English {@code reading: 12.3 MB / 48.0 MB (25%)}, or,
 * without a known total, {@code écriture : 12,3 Mo}. The work counts its bytes through
 * {@link #counting(InputStream)} or {@link #counting(OutputStream)}; a ticker calls {@link #tick()},
 * which draws the line, rewritten in place with a carriage return, once the work has lasted
 * {@link #FIRST_LINE_AFTER_NANOS}: short work shows nothing. {@link #close()} clears it, so that what
 * follows starts on a clean line. A {@link #hidden()} line counts and shows nothing: standard error
 * is not a terminal, or {@code --quiet} was given.
 */
public final class ProgressLine implements AutoCloseable {

    /** How long work runs before its first line: about a second. */
    public static final long FIRST_LINE_AFTER_NANOS = 1_000_000_000L;

    private final Writer terminal;
    private final Language language;
    private final String french;
    private final String english;
    private final long total;
    private final LongSupplier nanoTime;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private String shown = "";
    private boolean closed;

    private ProgressLine(Writer terminal, Language language, String french, String english, long total,
                         LongSupplier nanoTime) {
        this.terminal = terminal;
        this.language = language;
        this.french = french;
        this.english = english;
        this.total = total;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /**
     * @param terminal standard error, a terminal, without the escaping of control characters (the line's
     *                 carriage returns must act); flushed after each line
     * @param language the language of the line
     * @param french   what is counted, in French, e.g. {@code lecture}
     * @param english  the same in English, e.g. {@code reading}
     * @param total    the bytes in all, e.g. a file's size; zero or less when not known
     * @param nanoTime the ticker that measures how long the work has run, e.g. {@code System::nanoTime}
     * @return a line drawn by {@link #tick()}
     */
    public static ProgressLine shown(Writer terminal, Language language, String french, String english, long total,
                                     LongSupplier nanoTime) {
        return new ProgressLine(terminal, language, french, english, total, nanoTime);
    }

    /** @return a line that counts and never shows */
    public static ProgressLine hidden() {
        return new ProgressLine(null, Language.EN, "", "", 0, () -> 0L);
    }

    /** @return whether {@link #tick()} ever draws the line */
    public boolean visible() {
        return terminal != null;
    }

    /**
     * @param in the work's input
     * @return the input, each byte read counted
     */
    public InputStream counting(InputStream in) {
        return new CountingInputStream(in, done);
    }

    /**
     * @param out the work's output
     * @return the output, each byte written counted
     */
    public OutputStream counting(OutputStream out) {
        return new CountingOutputStream(out, done);
    }

    /** @return the bytes counted so far */
    public long done() {
        return done.get();
    }

    /**
     * Draws the line as it stands, when the work has lasted long enough and the line is visible and
     * not closed; nothing when it reads as the last line drawn.
     */
    public synchronized void tick() {
        if (terminal == null || closed || nanoTime.getAsLong() - start < FIRST_LINE_AFTER_NANOS) {
            return;
        }
        String text = text();
        if (!text.equals(shown)) {
            // Spaces over what a longer line before left on the screen.
            write("\r" + text + " ".repeat(Math.max(0, shown.length() - text.length())));
            shown = text;
        }
    }

    /** @return the line as it would be drawn now, e.g. {@code reading: 12.3 MB / 48.0 MB (25%)} */
    public String text() {
        long bytes = done.get();
        String line = language.pick(french + " : ", english + ": ") + ByteSize.of(bytes, language);
        if (total > 0) {
            line += " / " + ByteSize.of(total, language) + " (" + ByteSize.percent(bytes, total, language) + ")";
        }
        return line;
    }

    /** Stops drawing, and clears the line if one was drawn. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!shown.isEmpty()) {
            write("\r" + " ".repeat(shown.length()) + "\r");
            shown = "";
        }
    }

    /** @return whether the line was closed: a ticker stops */
    public synchronized boolean closed() {
        return closed;
    }

    private void write(String text) {
        try {
            terminal.write(text);
            terminal.flush();
        } catch (IOException e) {
            // Standard error that cannot be written loses the progress line, not the work.
        }
    }
}
