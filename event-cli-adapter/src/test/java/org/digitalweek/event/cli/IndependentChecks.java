package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The checks of exported documents that do not come from this project: Debian's Python with
 * {@code python3-icalendar}, and the published XSD in {@code ../shared/specs}, read with the JDK's
 * validator. A test whose check is missing here is skipped with the reason, except in CI
 * ({@code CI=true}), where it fails.
 */
public final class IndependentChecks {

    /** Debian's interpreter: another {@code python3} first on the PATH may lack Debian's packages. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final Path SPECS = Path.of("..", "..", "shared", "specs");

    private IndependentChecks() {
    }

    /** Skips the test (or fails it in CI) unless Debian's Python can import {@code icalendar}. */
    static void requirePythonIcalendar() {
        requirePython("icalendar", "python3-icalendar");
    }

    /**
     * Skips the test (or fails it in CI) unless Debian's Python can import a module.
     *
     * @param module  the module, e.g. {@code jsonschema}
     * @param debianPackage the Debian package that holds it, e.g. {@code python3-jsonschema}
     */
    public static void requirePython(String module, String debianPackage) {
        boolean present = false;
        if (Files.isExecutable(PYTHON)) {
            try {
                Process process = new ProcessBuilder(PYTHON.toString(), "-c", "import " + module)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                present = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (IOException e) {
                present = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        require(present, "Debian's /usr/bin/python3 with " + module + " (apt-get install " + debianPackage + ")");
    }

    /** Skips the test (or fails it in CI) unless util-linux's {@code script}, which runs a command on a pseudo-terminal, is installed. */
    static void requireScript() {
        boolean present = false;
        try {
            Process process = new ProcessBuilder("script", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            present = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        require(present, "script from util-linux (apt-get install util-linux, or bsdutils on older Debian)");
    }

    /**
     * @param name a file of {@code ../shared/specs}, e.g. {@code schedule.xml.xsd}
     * @return its path, after skipping the test (or failing it in CI) when it is absent
     */
    static Path requireSpec(String name) {
        Path path = SPECS.resolve(name).toAbsolutePath().normalize();
        require(Files.isRegularFile(path), "the specification " + path + " (../shared is only on CI and "
                + "developer machines)");
        return path;
    }

    /**
     * @param xsd an XML Schema
     * @param xml a document
     * @return every warning and error of validating the document, with line and column; empty when valid
     */
    static List<String> xsdProblems(Path xsd, byte[] xml) {
        List<String> problems = new ArrayList<>();
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Validator validator = factory.newSchema(xsd.toFile()).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    problems.add("warning " + where(e));
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add("error " + where(e));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add("fatal " + where(e));
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            problems.add("invalid: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static String where(SAXParseException e) {
        return "at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    private static void require(boolean present, String what) {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("CI=true, but this check is missing: " + what).isTrue();
        }
        assumeTrue(present, "skipped: this check is missing: " + what);
    }
}
