package org.digitalweek.event.export.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

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
        add(module, LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, IsoDates::localDate);
        add(module, LocalDateTime.class, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from,
                IsoDates::localDateTime);
        add(module, Instant.class, DateTimeFormatter.ISO_INSTANT, Instant::from, text -> null);
        return module;
    }

    private static <T extends TemporalAccessor> void add(SimpleModule module, Class<T> type, DateTimeFormatter format,
                                                         TemporalQuery<T> query, Function<String, T> usual) {
        module.addSerializer(type, new Writer<>(type, format));
        module.addDeserializer(type, new Reader<>(type, format, query, usual));
    }

    /**
     * The usual shape of a date, {@code 2026-11-24}, read without a formatter, which costs several
     * times more; a document has two or three times a session.
     *
     * @param text a candidate
     * @return the date, or null when the text has another shape (the formatter then reads it)
     * @throws java.time.DateTimeException when it has this shape but is no date, e.g. {@code 2026-02-30}
     */
    static LocalDate localDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    /**
     * The usual shapes of a date and time, {@code 2026-11-24T09:30:00} and {@code 2026-11-24T09:30},
     * read without a formatter.
     *
     * @param text a candidate
     * @return the date and time, or null when the text has another shape
     * @throws java.time.DateTimeException when it has such a shape but is no time, e.g. {@code T24:00}
     */
    static LocalDateTime localDateTime(String text) {
        boolean withSeconds = text.length() == 19 && text.charAt(16) == ':';
        if (!withSeconds && text.length() != 16 || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            return null;
        }
        LocalDate date = localDate(text.substring(0, 10));
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = withSeconds ? digits(text, 17, 2) : 0;
        return date == null || hour < 0 || minute < 0 || second < 0 ? null
                : LocalDateTime.of(date, LocalTime.of(hour, minute, second));
    }

    /** @return the number written with {@code count} ASCII digits from {@code start}, or -1 */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
        private final transient DateTimeFormatter format;
        private final transient TemporalQuery<T> query;
        private final transient Function<String, T> usual;

        Reader(Class<T> type, DateTimeFormatter format, TemporalQuery<T> query, Function<String, T> usual) {
            super(type);
            this.format = format;
            this.query = query;
            this.usual = usual;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser json, DeserializationContext context) {
            if (!json.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), json);
            }
            String text = json.getString();
            try {
                T read = usual.apply(text);
                return read != null ? read : format.parse(text, query);
            } catch (DateTimeException e) { // DateTimeParseException included
                return (T) context.handleWeirdStringValue(handledType(), text, "not an ISO 8601 value");
            }
        }
    }
}
