package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.dateTime;

import org.digitalweek.event.domain.model.TimeSlot;

/** A session's {@link TimeSlot} as stored: wall-clock ISO times in the edition's zone. */
record SlotDocument(String start, String end) {

    static SlotDocument of(TimeSlot s) {
        return new SlotDocument(dateTime(s.start()), dateTime(s.end()));
    }

    TimeSlot toModel(String at) {
        return at(at, () -> new TimeSlot(dateTime(start, child(at, "start")), dateTime(end, child(at, "end"))));
    }
}
