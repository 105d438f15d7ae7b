package org.digitalweek.event.export.frab;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The elements of an {@code <event>} that hold one text each, as {@link EventReader} reads them. */
enum EventText {
    DATE, START, DURATION, ROOM, TITLE, SUBTITLE, TRACK, TYPE, LANGUAGE, ABSTRACT, DESCRIPTION, SLUG, URL, LOGO;

    private static final Map<String, EventText> BY_ELEMENT = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(t -> t.name().toLowerCase(Locale.ROOT), Function.identity()));

    /**
     * @param element an element's local name
     * @return the text it holds, or null for an element that is not one of these
     */
    static EventText of(String element) {
        return BY_ELEMENT.get(element);
    }

    /** @return whether it gives the event's time, so that a message may need its place */
    boolean timed() {
        return this == DATE || this == START || this == DURATION;
    }
}
