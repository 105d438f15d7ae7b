package org.digitalweek.event.export.json;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.digitalweek.event.export.jsonread.ReadLimits;

/**
 * The canonical JSON format of an edition: its names and the one Jackson set-up behind both the
 * exporter and the importer. The document model is the domain's {@code EditionDraft} record tree,
 * so property names are record component names and no annotation is needed on domain types.
 *
 * <p>Everything that decides the bytes is set here explicitly, not left to Jackson's defaults, so
 * that a Jackson upgrade cannot silently change the format.
 */
final class CanonicalJson {

    /** The format id, as in {@code --format json}. */
    static final String FORMAT_ID = "json";
    /** The media type of a canonical document. */
    static final String MEDIA_TYPE = "application/vnd.digitalweek.edition+json";
    /** The value of the {@value #FORMAT} property that marks a canonical document. */
    static final String MARKER = "digitalweek-edition";
    /** The only version of the format so far. */
    static final int VERSION = 1;

    static final String FORMAT = "format";
    static final String FORMAT_VERSION = "formatVersion";
    static final String EDITION = "edition";

    private CanonicalJson() {
    }

    /** @return the mapper that writes canonical documents */
    static JsonMapper writingMapper() {
        JsonFactory factory = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller owns the stream
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        return common(JsonMapper.builder(factory))
                .changeDefaultPropertyInclusion(
                        any -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.WRITE_ENUMS_USING_INDEX)
                .defaultPrettyPrinter(prettyPrinter())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /**
     * @param limits the limits the parser enforces
     * @return the mapper that reads canonical documents: strict about types, lenient about unknown properties
     */
    static JsonMapper readingMapper(ReadLimits limits) {
        return common(JsonMapper.builder(limits.jsonFactory()))
                // No silent repairs: "3" is not 3, 3.7 is not 3, 2 is not the third enum constant, "" is not null.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString,
                        CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .defaultLeniency(false)
                // Unknown properties are reported by UnknownProperties, then skipped.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // The edition is read from the middle of the document; the reader checks what follows.
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // Sets keep the document's order, so equal documents give drafts that iterate alike.
                .addModule(new SimpleModule("canonical-json-sets").addAbstractTypeMapping(Set.class, LinkedHashSet.class))
                .build();
    }

    /**
     * @param e what Jackson threw
     * @return the failure of the stream itself, if that is the cause: Jackson wraps it once or twice,
     *         and the ports promise the {@link IOException}
     */
    static Optional<IOException> streamFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    private static JsonMapper.Builder common(JsonMapper.Builder builder) {
        return builder
                .addModule(IsoDates.module())
                // Records are written in component order, the order of the canonical constructor.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
    }

    /** Two spaces, {@code "\n"} whatever the platform, {@code "name": value}, one array element a line. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
