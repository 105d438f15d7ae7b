package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import org.digitalweek.event.cli.text.Language;

/**
 * The texts of every {@code --help}, in French ({@code Help_fr.properties}) and English
 * ({@code Help_en.properties}), which picocli reads through {@code CommandLine.setResourceBundle}.
 *
 * <p>Read from this module directly, as UTF-8, rather than with {@code ResourceBundle.getBundle}: the
 * language is the run's, never the JVM's default locale (no fallback), and the same call works on
 * the class path and on the module path, where {@code getBundle} takes no {@code Control}.
 *
 * <p>The keys are picocli's own (see {@code CommandLine.Model.Messages}); a key may be qualified by
 * the command's full name, which wins over the same key unqualified:
 * <ul>
 * <li>{@code digitalweek.programme.usage.description.0}, {@code .1}…: a command's description lines;
 *     {@code …usage.exitCodeList.N = CODE:TEXT} its exit codes, {@code …usage.footer.N} its examples;</li>
 * <li>{@code digitalweek.programme.day}: an option's description, under its longest name without dashes;</li>
 * <li>unqualified keys are shared: the headings ({@code usage.synopsisHeading}, …), the global options
 *     ({@code store}, {@code lang}, {@code verbose}, {@code mixinStandardHelpOptions.help}, …),
 *     the {@code descriptionKey} of positional parameters and of the options of mixins
 *     ({@code edition}, {@code slot.start}, {@code document.format}…), the parameter labels
 *     ({@code label.edition}, named in {@code paramLabel = "${bundle:label.edition}"}) and the exit code
 *     texts that several commands share ({@code exit.ok}, named as {@code ${bundle:exit.ok}}).</li>
 * </ul>
 */
final class HelpBundle {

    private HelpBundle() {
    }

    /**
     * @param language the run's language
     * @return the help texts in that language
     */
    static ResourceBundle in(Language language) {
        String name = "Help_" + language.tag() + ".properties";
        try (InputStream in = HelpBundle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the command line's jar");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
