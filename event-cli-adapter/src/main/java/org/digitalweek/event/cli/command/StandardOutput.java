package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Standard output that does not hide a failed write. A {@link PrintStream} (as {@code System.out})
 * and the {@link java.io.PrintWriter} the commands print with swallow their errors, so a run whose
 * output went to a full disk or {@code /dev/full} would end with success and a lost or cut output.
 * Every write through here either reaches the stream or throws, and the first failure is kept, so
 * that the run ends with {@link ExitCodes#FAILURE} and one line on standard error, whoever saw it.
 */
final class StandardOutput extends OutputStream {

    private final OutputStream target;
    private IOException failure;
    private boolean reported;

    /** @param target standard output; a {@link PrintStream} is asked after each write whether it failed */
    StandardOutput(OutputStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        check();
        try {
            target.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
        checkPrintStream();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        check();
        try {
            target.write(bytes, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
        checkPrintStream();
    }

    @Override
    public void flush() throws IOException {
        check();
        try {
            target.flush();
        } catch (IOException e) {
            throw failed(e);
        }
        checkPrintStream();
    }

    /** Flushes; standard output itself stays open. */
    @Override
    public void close() throws IOException {
        flush();
    }

    /** @return the first failure to write or flush, if any */
    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Says on standard error, once, that standard output failed; says nothing when the reader of a
     * pipe closed it (as {@code | head} does), which is no failure of the run's, though the exit
     * code still says the output is incomplete, as a tool killed by SIGPIPE does.
     *
     * @param app the run
     * @return {@link ExitCodes#FAILURE}
     */
    int report(Invocation app) {
        if (!reported && isBrokenPipe(failure)) {
            reported = true; // the reader stopped reading (| head): it wanted no more, so nothing to say
        }
        if (!reported) {
            reported = true;
            String reason = failure.getMessage();
            Stop.with(app, ExitCodes.FAILURE, "sortie standard : écriture impossible ("
                    + (reason == null ? "le flux signale une erreur" : reason) + ") ; ce qu'elle a reçu est incomplet",
                    "standard output: cannot write (" + (reason == null ? "the stream reports an error" : reason)
                            + "); what it received is incomplete");
        }
        return ExitCodes.FAILURE;
    }

    /** The reader closed the pipe, as {@code head} does: the system says "Broken pipe" (EPIPE). */
    private static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }

    private void check() throws IOException {
        if (failure != null) {
            throw new IOException("standard output failed before", failure);
        }
    }

    /** A print stream keeps only a flag, not the exception: the reason is then unknown. */
    private void checkPrintStream() throws IOException {
        if (target instanceof PrintStream print && print.checkError()) {
            throw failed(new IOException()); // no message: report() says why in the user's language
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
