package org.digitalweek.event.export.frabjson;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.jsonread.JsonTrees;
import org.digitalweek.event.export.jsonread.JsonTrees.Located;
import org.digitalweek.event.export.jsonread.ReadLimits;
import org.digitalweek.event.export.schedule.Problems;
import org.digitalweek.event.export.schedule.Repairs;
import org.digitalweek.event.export.schedule.ScheduleBuilder;
import org.digitalweek.event.export.schedule.TypedText;

/** The envelope both JSON schedules share: {@code {"$schema", "generator", "schedule": {…}}}. */
final class ScheduleRoot {

    /** What the root of a JSON schedule must be, for messages. */
    static final String EXPECTED = "a JSON object with \"schedule\"";

    private static final JsonTrees TREES = new JsonTrees(ReadLimits.SCHEDULE);

    private ScheduleRoot() {
    }

    /**
     * Reads a JSON schedule the same way for both formats: the text into a tree, its texts cleared of
     * the characters no one types ({@link TreeTexts}), the tree into a builder.
     *
     * @param in      the document; read to its end and left open
     * @param context the document's name and the user's options
     * @param events  the JSON pointers of the format's events, e.g. {@code /schedule/events/\d+}
     * @param label   what to call an event in messages, e.g. {@code event 11795}
     * @param reader  what maps the root object into the builder
     * @return the draft and every repair
     * @throws org.digitalweek.event.domain.error.UnreadableDocumentException with every problem met
     * @throws IOException when {@code in} fails
     */
    static ImportResult read(InputStream in, ImportContext context, Pattern events, Function<JsonNode, String> label,
                             BiConsumer<ScheduleBuilder, Located> reader) throws IOException {
        Objects.requireNonNull(in, "'in' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Located document = TREES.readLocated(in, context.sourceName(), EXPECTED);
        ScheduleBuilder builder = new ScheduleBuilder(context);
        new TreeTexts(new TypedText(builder.repairs()), document.lines(), (at, node) -> events.matcher(at.toString())
                .matches() ? Optional.of(label.apply(node)) : Optional.empty()).repair(document.root());
        reader.accept(builder, document);
        return builder.build();
    }

    /**
     * @param document the root object, and where its nodes start
     * @param format   the format's id, for messages
     * @param problems where problems go
     * @param repairs  where repairs go
     * @return the fields of {@code schedule}
     * @throws org.digitalweek.event.domain.error.UnreadableDocumentException when there is no schedule to read
     */
    static Fields open(Located located, String format, Problems problems, Repairs repairs) {
        JsonNode root = located.root();
        Fields document = new Fields(root, JsonPointer.empty(), "document", "document", problems, repairs,
                located.lines());
        JsonNode marker = root.get("format");
        if (marker != null && marker.isString() && "digitalweek-edition".equals(marker.stringValue())) {
            throw problems.fatal(document.place("format"), "c'est un document d'édition digitalweek (\"format\": "
                    + "\"digitalweek-edition\"), pas un programme " + format + " : importez-le avec le format json",
                    "this is a digitalweek edition document (\"format\": \"digitalweek-edition\"), not a " + format
                    + " schedule: import it with the json format");
        }
        if (!document.has("schedule")) {
            throw problems.fatal(document.place("schedule"), "pas de « schedule » : attendu un objet JSON avec"
                    + " « schedule », tel que l'écrivent frab, pretalx et c3voc", "no \"schedule\": expected " + EXPECTED
                    + ", as frab, pretalx and c3voc write it");
        }
        Optional<Fields> schedule = document.object("schedule", "schedule", "schedule");
        problems.throwIfAny(); // a schedule of the wrong type: nothing to read
        document.derived("$schema", "generator");
        document.unknownRest();
        return schedule.orElseThrow();
    }

    /**
     * @param schedule the fields of {@code schedule}
     * @param problems where problems go
     * @return the fields of its {@code conference}
     * @throws org.digitalweek.event.domain.error.UnreadableDocumentException when there is none to read
     */
    static Fields conference(Fields schedule, Problems problems) {
        if (!schedule.has("conference")) {
            throw problems.fatal(schedule.place("conference"), "pas de « conference » : un programme décrit sa"
                    + " conférence dans \"schedule\": {\"conference\": {…}}", "no \"conference\": a schedule describes"
                    + " its conference in \"schedule\": {\"conference\": {…}}");
        }
        Optional<Fields> conference = schedule.object("conference", "conference", "conference");
        problems.throwIfAny(); // a conference of the wrong type: nothing to read
        return conference.orElseThrow();
    }
}
