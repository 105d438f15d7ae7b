package org.digitalweek.event.export.ics;

import java.io.IOException;
import java.io.Reader;

import biweekly.ICalendar;
import biweekly.io.ParseContext;
import biweekly.io.text.ICalReader;

/**
 * biweekly's reader without its time-zone pass. After reading a calendar, biweekly builds a
 * {@code TimeZone} from every {@code VTIMEZONE} and works out offsets by walking each observance's
 * {@code RRULE} from its {@code DTSTART} to today and to every time the calendar holds, keeping every
 * onset it meets: {@code RRULE:FREQ=SECONDLY} from the year 0001 never ends and fills the heap. Here
 * times keep their {@code TZID} parameter and their raw fields, the {@code VTIMEZONE}s stay components
 * of the calendar, and {@link CalendarZones} reads them only for the times the events use, within a
 * budget.
 */
final class ZoneFreeReader extends ICalReader {

    /** @param reader the calendar's text */
    ZoneFreeReader(Reader reader) {
        super(reader);
    }

    /** Reads the next calendar as {@code StreamReader.readNext} does, less its time-zone pass. */
    @Override
    public ICalendar readNext() throws IOException {
        warnings.clear();
        context = new ParseContext();
        ICalendar calendar = _readNext();
        if (calendar != null) {
            calendar.setVersion(context.getVersion());
        }
        return calendar;
    }
}
