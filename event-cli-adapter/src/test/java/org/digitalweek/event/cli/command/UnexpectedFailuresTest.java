package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ServiceConfigurationError;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.cli.text.Terminal;

/**
 * What no command expected (a bug, an exhausted heap) ends the run with exit code 3 and one line
 * that names no Java class; the stack trace only with {@code --verbose}.
 */
class UnexpectedFailuresTest {

    private final StringWriter err = new StringWriter();

    private Failures failures(Language language) {
        Invocation app = new Invocation(InputStream.nullInputStream(), new PrintWriter(OutputStream.nullOutputStream()),
                new PrintWriter(err, true), OutputStream.nullOutputStream(), Terminal.PLAIN, DefaultStore.named("mem:"),
                CommandRunner.CLOCK);
        app.language(language);
        return new Failures(app);
    }

    @Test
    void aBugIsOneLineNamingNoClass() {
        int code = failures(Language.EN).handleExecutionException(new IllegalStateException("index 3 of 2"), null, null);

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("digitalweek: unexpected failure (run again with --verbose for details)"
                + System.lineSeparator());
    }

    @Test
    void anErrorThatEscapesTheCommandIsOneLineInTheUsersLanguage() {
        int code = failures(Language.FR).handleFatal(new StackOverflowError());

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("digitalweek: pile d'appels épuisée : le travail demandé est trop "
                + "profondément imbriqué" + System.lineSeparator());
    }

    @Test
    void anUnexpectedExceptionThatEscapesPicocliIsOneLineToo() {
        int code = failures(Language.EN).handleFatal(new IllegalArgumentException("boom"));

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("digitalweek: unexpected failure (run again with --verbose for details)"
                + System.lineSeparator()).doesNotContain("IllegalArgument");
    }

    @Test
    void aFormatThatCannotStartSaysWhyInOneLine() {
        int code = failures(Language.EN).handleFatal(new ServiceConfigurationError("Importer: Provider x could not be "
                + "instantiated", new IllegalStateException("digitalweek.json.maxDocumentLength must be a positive whole "
                + "number of characters, not abc")));

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("digitalweek: a format could not be loaded: digitalweek.json.maxDocumentLength"
                + " must be a positive whole number of characters, not abc" + System.lineSeparator());
    }
}
