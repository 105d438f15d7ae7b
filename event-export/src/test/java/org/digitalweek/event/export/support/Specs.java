package org.digitalweek.event.export.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The published specifications in {@code ../shared/specs} (read there, never copied), and the checks
 * against them: an XSD with the JDK's validator, a JSON Schema with Debian's {@code python3-jsonschema}.
 * A test that needs them is skipped with the reason when {@code ../shared} is absent (a user's clone),
 * and fails when {@code CI=true}.
 */
public final class Specs {

    private static final Path FOLDER = Path.of("..", "..", "shared", "specs");

    /** Validates with the format's draft, checking uri (rfc3987), date, date-time and uuid formats. */
    private static final String JSON_SCHEMA_CHECK = """
            import datetime, json, re, sys, uuid
            from jsonschema import Draft6Validator, FormatChecker
            checker = FormatChecker()
            @checker.checks("date-time", raises=ValueError)
            def date_time(v):
                if isinstance(v, str):
                    if not re.fullmatch(r"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)", v):
                        raise ValueError("not RFC 3339: " + v)
                    datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
                return True
            @checker.checks("date", raises=ValueError)
            def date(v):
                if isinstance(v, str):
                    if not re.fullmatch(r"\\d{4}-\\d\\d-\\d\\d", v):
                        raise ValueError("not a date: " + v)
                    datetime.date.fromisoformat(v)
                return True
            @checker.checks("uuid", raises=ValueError)
            def is_uuid(v):
                if isinstance(v, str) and str(uuid.UUID(v)) != v.lower():
                    raise ValueError("not a UUID: " + v)
                return True
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            Draft6Validator.check_schema(schema)
            validator = Draft6Validator(schema, format_checker=checker)
            count = 0
            for path in sys.argv[2:]:
                document = json.load(open(path, encoding="utf-8"))
                errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
                for e in errors:
                    where = "/".join(str(p) for p in e.absolute_path)
                    print((path + " " if len(sys.argv) > 3 else "") + where + ": " + e.message[:400])
                count += len(errors)
            print(str(count) + " errors")
            sys.exit(1 if count else 0)
            """;

    private Specs() {
    }

    /**
     * @param name a file of {@code ../shared/specs}, e.g. {@code schedule.xml.xsd}
     * @return its path, after skipping the test (or failing it in CI) when it is absent
     */
    public static Path require(String name) {
        Path path = FOLDER.resolve(name).toAbsolutePath().normalize();
        boolean present = Files.isRegularFile(path);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("CI=true but the specification is missing at " + path).isTrue();
        }
        assumeTrue(present, "skipped: the specification is not here (" + path + "): ../shared is only on CI "
                + "and developer machines");
        return path;
    }

    /**
     * @param xsd an XML Schema
     * @param xml a document
     * @return every warning and error of validating it, with line and column; empty when valid
     */
    public static List<String> xsdProblems(Path xsd, byte[] xml) {
        List<String> problems = new ArrayList<>();
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Schema schema = factory.newSchema(xsd.toFile());
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    problems.add(describe("warning", e));
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(describe("error", e));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(describe("fatal", e));
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            problems.add("not well-formed or not valid: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /**
     * Checks a JSON document against a draft-06 schema with Debian's {@code python3-jsonschema},
     * skipping the test (or failing it in CI) when that is missing.
     *
     * @param schema a JSON Schema
     * @param json   a document
     * @return the validator's run: exit code 0 and {@code 0 errors} when valid, else a line per error
     */
    public static ExternalTools.Run jsonSchemaCheck(Path schema, byte[] json) {
        return jsonSchemaCheck(schema, List.of(json));
    }

    /**
     * Checks several JSON documents against one schema in a single run of the validator.
     *
     * @param schema    a JSON Schema
     * @param documents the documents
     * @return the validator's run: exit code 0 and {@code 0 errors} when all are valid, else a line per
     *         error, led by the document's temporary file when there are several
     */
    public static ExternalTools.Run jsonSchemaCheck(Path schema, List<byte[]> documents) {
        ExternalTools.requirePython("jsonschema");
        try {
            Path folder = Files.createTempDirectory("schedules");
            try {
                List<String> args = new ArrayList<>(List.of(schema.toString()));
                for (int i = 0; i < documents.size(); i++) {
                    Path file = folder.resolve("schedule-" + i + ".json");
                    Files.write(file, documents.get(i));
                    args.add(file.toString());
                }
                return ExternalTools.python(JSON_SCHEMA_CHECK, args.toArray(String[]::new));
            } finally {
                try (var files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(String level, SAXParseException e) {
        return level + " at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
