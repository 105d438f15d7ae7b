package org.digitalweek.event.cli.command;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Optional;

import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.progress.ProgressLine;
import org.digitalweek.event.cli.progress.ProgressTicker;
import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.cli.text.Terminal;
import org.digitalweek.event.domain.language.ReaderLanguage;

/**
 * What one run of the command shares among its parts: where to print, in which language, on which
 * terminal, and the composition root over the chosen store, opened on first use and closed at the end.
 */
public final class Invocation implements AutoCloseable {

    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputStream bytes;
    private final InputStream in;
    private final Terminal terminal;
    private final DefaultStore defaultStore;
    private final Clock clock;
    private Writer errorTerminal;
    private Language language = Language.FR;
    private ReaderLanguage reader = ReaderLanguage.of(null);
    private boolean askedOnTheLine;
    private String store;
    private boolean verbose;
    private CompositionRoot root;

    /**
     * @param out          standard output
     * @param err          standard error
     * @param in           standard input, for documents read from a pipe
     * @param bytes        standard output itself, for documents written byte for byte
     * @param terminal     what standard output is
     * @param defaultStore the store used without {@code --store}, and whether it receives the sample when empty
     * @param clock        the clock of the use cases
     */
    public Invocation(InputStream in, PrintWriter out, PrintWriter err, OutputStream bytes, Terminal terminal,
                      DefaultStore defaultStore, Clock clock) {
        this.out = out;
        this.err = err;
        this.bytes = bytes;
        this.in = in;
        this.terminal = terminal;
        this.defaultStore = defaultStore;
        this.clock = clock;
    }

    /** @return standard output */
    public PrintWriter out() {
        return out;
    }

    /** @return standard input */
    public InputStream in() {
        return in;
    }

    /**
     * Standard output for bytes that must arrive unchanged (an export in any encoding, or binary):
     * what was printed as text before is flushed first, so the two never interleave.
     *
     * @return standard output as a byte stream; flush it when done, never close it
     */
    public OutputStream bytes() {
        out.flush();
        return bytes;
    }

    /** @return standard error */
    public PrintWriter err() {
        return err;
    }

    /** @return what standard output is */
    public Terminal terminal() {
        return terminal;
    }

    /** @return the language of messages and output */
    public Language language() {
        return language;
    }

    /**
     * @return the reader's language as the policy decides it for {@code --lang}, for no edition in
     *         particular; {@link ReaderLanguage#forEdition} adds an edition's own language
     */
    public ReaderLanguage readerLanguage() {
        return reader;
    }

    /**
     * @return the well-formed tag given with {@code --lang}, if any: what an export asks for. The
     *         environment's locale chooses the language a person reads, not that of a document, which
     *         would otherwise differ from one machine to the next
     */
    public Optional<String> languageAsked() {
        return askedOnTheLine ? reader.requested() : Optional.empty();
    }

    /** @return whether failures are printed with their stack trace */
    public boolean verbose() {
        return verbose;
    }

    /** @return the clock of the use cases */
    public Clock clock() {
        return clock;
    }

    void language(Language chosen) {
        this.language = chosen;
    }

    /** @param tag the tag given with {@code --lang}: the policy decides the language from it */
    void language(String tag) {
        this.reader = ReaderLanguage.of(tag);
        this.language = Language.of(reader);
        this.askedOnTheLine = true;
    }

    /** @param tag the tag of the environment's locale ({@link Language#tagOf}): as {@code --lang}, but for exports */
    void languageOfTheEnvironment(String tag) {
        language(tag);
        this.askedOnTheLine = false;
    }

    /**
     * @param raw standard error without the escaping of control characters, when it is a terminal:
     *            where progress lines go; null when it is not a terminal
     */
    void errorTerminal(Writer raw) {
        this.errorTerminal = raw;
    }

    /**
     * A progress line for long work: shown on standard error, from the first second on, only when
     * standard error is a terminal and {@code quiet} is false; else a line that counts and shows nothing.
     * Close it before printing anything else.
     *
     * @param quiet   whether the command was given {@code --quiet}
     * @param french  what is counted, in French, e.g. {@code lecture}
     * @param english the same in English, e.g. {@code reading}
     * @param total   the bytes in all; zero or less when not known
     * @return the line, ticking
     */
    public ProgressLine progress(boolean quiet, String french, String english, long total) {
        if (quiet || errorTerminal == null) {
            return ProgressLine.hidden();
        }
        err.flush();
        return ProgressTicker.start(ProgressLine.shown(errorTerminal, language, french, english, total,
                System::nanoTime));
    }

    void store(String uri) {
        this.store = uri;
    }

    void verbose(boolean on) {
        this.verbose = on;
    }

    /** @return the store's URI as given ({@code --store}, else the default), passwords included: mask it to show it */
    String storeUri() {
        return store == null ? defaultStore.uri() : store;
    }

    /**
     * @return the composition root over {@code --store}, or over the default store, which receives the
     *         bundled sample when it holds nothing only if it is the implicit default ({@link DefaultStore})
     */
    public CompositionRoot root() {
        if (root == null) {
            root = store == null ? CompositionRoot.open(defaultStore, clock)
                    : CompositionRoot.open(store, clock, false);
        }
        return root;
    }

    /**
     * @param french  the French text
     * @param english the English text
     * @return the text in the chosen language
     */
    public String say(String french, String english) {
        return language.pick(french, english);
    }

    @Override
    public void close() {
        if (root != null) {
            root.close();
        }
    }
}
