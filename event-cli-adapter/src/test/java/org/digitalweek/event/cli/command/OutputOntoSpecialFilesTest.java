package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.digitalweek.event.cli.command.CommandRunner.SAMPLE;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --output} onto something that is not a regular file writes into it: a FIFO and a
 * character device as a shell's {@code >} does, a UNIX socket through a connection. Each stays what
 * it is (never replaced by a regular file through a temporary file and a rename), and a symbolic link
 * stays a link to the file it names.
 * The special files are made in a temporary folder, never in the real {@code /dev}.
 */
class OutputOntoSpecialFilesTest {

    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int SOCKET = 0140000;

    @TempDir
    Path folder;

    private CommandRunner cli;
    private Path out;
    /** Daemon threads: a reader left blocked on a replaced FIFO must not keep the tests' JVM alive. */
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fifo-reader");
        thread.setDaemon(true);
        return thread;
    });

    @BeforeEach
    void runnerAndOutputFolder() throws IOException {
        cli = new CommandRunner(folder);
        out = Files.createDirectories(folder.resolve("out"));
    }

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void aFifoReceivesTheExportAndStaysAFifo() throws Exception {
        Path fifo = out.resolve("schedule.fifo");
        assertThat(make("mkfifo", fifo.toString())).as("mkfifo").isTrue();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readAll(fifo), readers);

        assertThat(cli.run("export", SAMPLE, "--format", "frab-xml", "--output", fifo.toString())).as(cli.err())
                .isZero();

        assertThat(type(fifo)).as("still a FIFO").isEqualTo(FIFO);
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(cli.exported(SAMPLE, "frab-xml", "fr"));
        assertThat(namesIn(out)).containsExactly("schedule.fifo");
    }

    @Test
    void aCharacterDeviceIsWrittenIntoAndStaysADevice() throws Exception {
        Path devNull = out.resolve("null");
        assumeThat(make("mknod", devNull.toString(), "c", "1", "3")).as("mknod is permitted here").isTrue();

        assertThat(cli.run("export", SAMPLE, "--format", "ics", "--output", devNull.toString())).as(cli.err())
                .isZero();

        assertThat(type(devNull)).as("still a character device").isEqualTo(CHARACTER_DEVICE);
        assertThat(Files.getAttribute(devNull, "unix:rdev")).isEqualTo(Files.getAttribute(Path.of("/dev/null"),
                "unix:rdev"));
        assertThat(namesIn(out)).containsExactly("null");
    }

    @Test
    void aFullDeviceFailsTheExportAndStaysADevice() throws Exception {
        Path devFull = out.resolve("full");
        assumeThat(make("mknod", devFull.toString(), "c", "1", "7")).as("mknod is permitted here").isTrue();

        assertThat(cli.run("export", SAMPLE, "--format", "json", "--output", devFull.toString(), "--lang", "en"))
                .isEqualTo(ExitCodes.FAILURE);

        assertThat(cli.err()).isEqualTo("digitalweek: '" + devFull + "': cannot write (No space left on device); "
                + "what it received is incomplete" + System.lineSeparator());
        assertThat(type(devFull)).as("still a character device").isEqualTo(CHARACTER_DEVICE);
        assertThat(namesIn(out)).containsExactly("full");
    }

    @Test
    void aSocketReceivesTheExportThroughAConnectionAndStaysASocket() throws Exception {
        Path socket = out.resolve("export.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                try (SocketChannel client = server.accept()) {
                    return Channels.newInputStream(client).readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, readers);

            assertThat(cli.run("export", SAMPLE, "--format", "json", "--output", socket.toString())).as(cli.err())
                    .isZero();

            assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(cli.exported(SAMPLE, "json", "fr"));
            assertThat(type(socket)).as("still a socket").isEqualTo(SOCKET);
            assertThat(namesIn(out)).containsExactly("export.sock");
        }
    }

    @Test
    void aSocketNoOneListensOnIsOneLineAndStaysASocket() throws Exception {
        Path socket = out.resolve("stale.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
        } // closed: the file stays, no one listens

        assertThat(cli.run("export", SAMPLE, "--format", "json", "--output", socket.toString(), "--lang", "en"))
                .isEqualTo(ExitCodes.FAILURE);

        assertThat(cli.err()).isEqualTo("digitalweek: '" + socket + "' cannot be opened for writing (Connection "
                + "refused): it is neither a regular file nor a device, FIFO or socket that accepts it"
                + System.lineSeparator());
        assertThat(type(socket)).as("still a socket").isEqualTo(SOCKET);
        assertThat(namesIn(out)).containsExactly("stale.sock");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsFileIsReplacedWhole() throws Exception {
        Path file = Files.writeString(out.resolve("schedule.xml"), "an older export");
        Path link = Files.createSymbolicLink(out.resolve("latest.xml"), file.getFileName());

        assertThat(cli.run("export", SAMPLE, "--format", "frab-xml", "--output", link.toString())).isZero();

        assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
        assertThat(file).hasBinaryContent(cli.exported(SAMPLE, "frab-xml", "fr"));
        assertThat(namesIn(out)).containsExactlyInAnyOrder("schedule.xml", "latest.xml");
    }

    private static boolean make(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    private static byte[] readAll(Path fifo) {
        try {
            return Files.readAllBytes(fifo);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int type(Path path) throws IOException {
        return (int) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_BITS;
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
