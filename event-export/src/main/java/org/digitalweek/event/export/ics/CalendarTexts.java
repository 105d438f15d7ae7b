package org.digitalweek.event.export.ics;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.ICalComponent;
import biweekly.io.scribe.ScribeIndex;
import biweekly.property.Attendee;
import biweekly.property.Categories;
import biweekly.property.ICalProperty;
import biweekly.property.Organizer;
import biweekly.property.RawProperty;
import biweekly.property.TextProperty;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.export.schedule.TypedText;

/**
 * Clears the texts of a calendar as biweekly read them of the characters no one types, before they
 * are read ({@link TypedText}): RFC 5545 forbids control characters in TEXT, but producers write
 * them and other readers take them; the domain would refuse the whole file for one. Each repair is
 * placed at the property's line and its event's number and UID: {@code line 40 (VEVENT 3, UID x)}.
 */
final class CalendarTexts {

    private static final ScribeIndex SCRIBES = new ScribeIndex();

    private final TypedText typed;

    /** @param typed repairs a text and says so */
    CalendarTexts(TypedText typed) {
        this.typed = typed;
    }

    /**
     * @param calendar a calendar, repaired in place
     * @param outline  where its components are in the text
     */
    void repair(ICalendar calendar, Outline outline) {
        repairProperties(calendar, outline);
        List<? extends ICalComponent> events = calendar.getEvents();
        List<Outline> outlines = outline.events();
        for (int i = 0; i < Math.min(events.size(), outlines.size()); i++) {
            repairComponent(events.get(i), outlines.get(i));
        }
    }

    /** The event's properties and those of its components (alarms), placed at the event. */
    private void repairComponent(ICalComponent component, Outline outline) {
        repairProperties(component, outline);
        for (ICalComponent inner : component.getComponents().values()) {
            repairComponent(inner, outline);
        }
    }

    private void repairProperties(ICalComponent component, Outline outline) {
        for (ICalProperty property : component.getProperties().values()) {
            Supplier<DocumentPlace> place = () -> CalendarPlaces.of(outline.lineOf(name(property)), outline);
            if (property instanceof TextProperty text) {
                text.setValue(typed.repaired(text.getValue(), place));
            } else if (property instanceof RawProperty raw) {
                raw.setValue(typed.repaired(raw.getValue(), place));
            } else if (property instanceof Categories categories) {
                categories.getValues().replaceAll(value -> typed.repaired(value, place));
            } else if (property instanceof Attendee attendee) {
                attendee.setCommonName(typed.repaired(attendee.getCommonName(), place));
            } else if (property instanceof Organizer organizer) {
                organizer.setCommonName(typed.repaired(organizer.getCommonName(), place));
            }
        }
    }

    private static String name(ICalProperty property) {
        if (property instanceof RawProperty raw) {
            return raw.getName().toUpperCase(Locale.ROOT); // the outline's names are upper case
        }
        return SCRIBES.getPropertyScribe(property).getPropertyName(ICalVersion.V2_0);
    }
}
