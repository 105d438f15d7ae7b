package org.digitalweek.event.persistence.json;

import java.io.ByteArrayOutputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.StreamReadFeature;
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
import tools.jackson.databind.type.LogicalType;

/**
 * The one Jackson set-up of the store, for writing and for reading. Everything that decides the
 * bytes of a file is set here explicitly rather than left to Jackson's defaults, so that an
 * upgrade of Jackson cannot change the files, and so that two saves of the same edition give the
 * same bytes: properties in the order of the document records' components, map entries by key,
 * two spaces of indent, {@code "\n"} line ends, a final newline, UTF-8 without escapes.
 *
 * <p>Reading is strict: no coercion ({@code "3"} is not 3, 3.5 is not 3), no unknown property (a
 * misspelt one would be lost at the next save), no {@code null} for a required value or inside a
 * list or map, no duplicate property.
 */
final class StoreJson {

    private static final JsonMapper MAPPER = build();
    /** The same, refusing a missing or null value of a record wherever it is: see {@link #completeMapper()}. */
    private static final JsonMapper COMPLETE = MAPPER.rebuild()
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();

    private StoreJson() {
    }

    /** @return the mapper; immutable and safe to share between threads */
    static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * @return the mapper for a file read straight from its bytes: the same set-up, and Jackson
     *         itself refuses a record value that is missing or {@code null} (what
     *         {@link Completeness} finds after binding, there with a message); an {@code Optional}
     *         absent is empty, not null. Immutable and safe to share between threads.
     */
    static JsonMapper completeMapper() {
        return COMPLETE;
    }

    private static JsonMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                // Records in component order; absent optional values left out, empty lists kept.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .changeDefaultPropertyInclusion(any ->
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.WRITE_ENUMS_USING_INDEX)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPrettyPrinter(prettyPrinter())
                // Reading: values typed as written; Completeness checks that required ones are there.
                .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // StoreFileReader checks what follows the document itself, in its own words.
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString,
                        CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .defaultLeniency(false)
                .build();
    }

    /**
     * @param file an edition file or a release file
     * @return its canonical bytes: UTF-8, {@code "\n"} line ends and a final newline
     */
    static byte[] write(Object file) {
        // Straight to UTF-8 bytes: no text of the whole file, no copy to add the newline.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        mapper().writeValue(bytes, file);
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** Two spaces, {@code "\n"} on every platform, {@code "name": value}, one array element a line. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
