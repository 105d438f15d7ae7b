package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.date;

import org.digitalweek.event.domain.model.DateRange;

/** The days of an edition as stored: ISO dates, both ends included. */
record DatesDocument(String start, String end) {

    static DatesDocument of(DateRange d) {
        return new DatesDocument(date(d.start()), date(d.end()));
    }

    DateRange toModel(String at) {
        return at(at, () -> new DateRange(date(start, child(at, "start")), date(end, child(at, "end"))));
    }
}
