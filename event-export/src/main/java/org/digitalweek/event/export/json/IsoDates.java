package org.digitalweek.event.export.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

import org.digitalweek.event.domain.model.IsoTimes;

/**
 * The dates and times of drafts as ISO 8601 strings, both ways, and nothing else: Jackson's own
 * java.time support also reads numbers (epoch seconds) and arrays ({@code [2026, 11, 24]}), which
 * a canonical document never holds and which would be silent repairs.
 */
final class IsoDates {

    private IsoDates() {
    }

    /** @return the module: {@code 2026-11-24}, {@code 2026-11-24T09:30:00}, {@code 2026-11-20T08:00:00Z} */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("canonical-json-dates");
        add(module, LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE, IsoTimes::localDate);
        add(module, LocalDateTime.class, DateTimeFormatter.ISO_LOCAL_DATE_TIME, IsoTimes::localDateTime);
        add(module, Instant.class, DateTimeFormatter.ISO_INSTANT, text -> DateTimeFormatter.ISO_INSTANT.parse(text,
                Instant::from));
        return module;
    }

    private static <T extends TemporalAccessor> void add(SimpleModule module, Class<T> type, DateTimeFormatter format,
                                                         Function<String, T> parse) {
        module.addSerializer(type, new Writer<>(type, format));
        module.addDeserializer(type, new Reader<>(type, parse));
    }

    private static final class Writer<T extends TemporalAccessor> extends StdScalarSerializer<T> {
        private final transient DateTimeFormatter format;

        Writer(Class<T> type, DateTimeFormatter format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializationContext context) {
            json.writeString(format.format(value));
        }
    }

    private static final class Reader<T> extends StdScalarDeserializer<T> {
        private final transient Function<String, T> parse;

        /** @param parse reads a value, or throws a {@link DateTimeException} */
        Reader(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser json, DeserializationContext context) {
            if (!json.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), json);
            }
            String text = json.getString();
            try {
                return parse.apply(text);
            } catch (DateTimeException e) { // DateTimeParseException included
                return (T) context.handleWeirdStringValue(handledType(), text, "not an ISO 8601 value");
            }
        }
    }
}
