package org.digitalweek.event.cli.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.cli.ChildLocale;

/**
 * {@code digitalweek serve} as a child process, run from the packaged jar as a user runs it
 * ({@code java -jar target/digitalweek.jar serve …}): its standard error is read line by line, the
 * start line gives the address (so {@code --port 0} works), and {@link #stop()} sends SIGTERM as a
 * service manager does. The waits are bounds against a hung child, not timed assertions.
 */
final class ServeProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "digitalweek.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** The address in the start line, in either language. */
    private static final Pattern ADDRESS = Pattern.compile("(http://[^ ]+/) ");
    /** The bound on any wait for the child: far above what a healthy run takes. */
    static final long PATIENCE_SECONDS = 120;

    private final Process process;
    private final List<String> errLines = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch errClosed = new CountDownLatch(1);
    private volatile URI base;

    private ServeProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readErr, "serve-stderr-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code digitalweek serve ARGS} and waits for its start line, or for its end when it cannot start.
     *
     * @param environment variables added to the child's environment
     * @param args        what follows {@code serve}
     * @return the running (or failed) server
     * @throws IOException when the child cannot be started
     * @throws InterruptedException when the test is interrupted
     */
    static ServeProcess start(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString(), "serve"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null")));
        ChildLocale.neutral(builder.environment()).remove("DIGITALWEEK_API_TOKEN");
        builder.environment().putAll(environment);
        ServeProcess serve = new ServeProcess(builder.start());
        serve.started.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        return serve;
    }

    private void readErr() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (errLines) {
                    errLines.add(line);
                    errLines.notifyAll();
                }
                Matcher address = ADDRESS.matcher(line);
                if (base == null && address.find()) {
                    base = URI.create(address.group(1));
                    started.countDown();
                }
            }
        } catch (IOException e) {
            errLines.add("(reading standard error failed: " + e + ")");
        } finally {
            started.countDown();
            synchronized (errLines) {
                errClosed.countDown();
                errLines.notifyAll();
            }
        }
    }

    /** @return the server's base address, from its start line; null when it did not start */
    URI base() {
        return base;
    }

    /** @return whether the process still runs */
    boolean alive() {
        return process.isAlive();
    }

    /**
     * Sends SIGTERM, as systemd or a container runtime does; through the process handle, since
     * {@link Process#destroy()} also closes the pipes, losing the last lines of standard error.
     */
    void stop() {
        process.toHandle().destroy();
    }

    /**
     * @return the exit code, once the process has ended and its standard error is read to the end
     * @throws InterruptedException when the test is interrupted
     */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("serve did not end; standard error: " + errLines);
        }
        errClosed.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        return process.exitValue();
    }

    /**
     * Waits until standard error has a line that contains a text, or has ended.
     *
     * @param text what the line contains
     * @return whether such a line came
     * @throws InterruptedException when the test is interrupted
     */
    boolean awaitLine(String text) throws InterruptedException {
        synchronized (errLines) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (errLines.stream().noneMatch(line -> line.contains(text)) && errClosed.getCount() > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(errLines, left);
            }
            return errLines.stream().anyMatch(line -> line.contains(text));
        }
    }

    /** @return the lines of standard error read so far */
    List<String> errLines() {
        return List.copyOf(errLines);
    }

    /** Ends the child if a test left it running. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
