package org.digitalweek.event.export.frabjson;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.export.jsonread.JsonTrees;
import org.digitalweek.event.export.schedule.ScheduleBuilder;
import org.digitalweek.event.export.schedule.ScheduleEntry;

/** Reads the tree of a {@code schedule2} into a schedule builder: the conference, then the flat list of events. */
final class Schedule2Schedule {

    private final ScheduleBuilder builder;
    private final ImportContext context;

    Schedule2Schedule(ScheduleBuilder builder, ImportContext context) {
        this.builder = builder;
        this.context = context;
    }

    /**
     * @param document the document's root object, and where its nodes start
     * @throws org.digitalweek.event.domain.error.UnreadableDocumentException when there is no schedule to read
     */
    void read(JsonTrees.Located document) {
        Fields schedule = ScheduleRoot.open(document, "schedule2", builder.problems(), builder.repairs());
        Fields c = ScheduleRoot.conference(schedule, builder.problems());
        Schedule2Conference conference = new Schedule2Conference(builder, context);
        conference.read(c, schedule.text("base_url"));
        if (!schedule.has("events") && conference.eventsUnderDays()) {
            throw builder.problems().fatal(schedule.place("events"), "pas de « events » : ce document range ses"
                    + " événements par jour et par salle, comme schedule.json v1 : importez-le avec le format frab-json",
                    "no \"events\": this document lists its events under days and rooms, as schedule.json v1 does:"
                    + " import it with the frab-json format");
        }
        schedule.notKept("version", "persons");
        List<JsonNode> events = schedule.array("events");
        List<ScheduleEntry> entries = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            schedule.element("events", i, event, Schedule2Event.label(event), "event", "un objet événement",
                    "an event object")
                    .ifPresent(fields -> entries.add(new Schedule2Event(fields, conference).read()));
        }
        schedule.unknownRest();
        entries.forEach(builder::add);
    }
}
