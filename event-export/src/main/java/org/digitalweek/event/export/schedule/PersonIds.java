package org.digitalweek.event.export.schedule;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.model.Ids;

/**
 * The ids of a schedule's people. A person is the source's id <em>and</em> a name: schedules merged
 * from several systems reuse ids (253 names under {@code <person id="0">} in one congress), so two
 * names under one id are two people, and the same name under two ids too (no guessing across ids).
 * Names are compared after Unicode NFC, with spaces collapsed and case folded; the first spelling
 * seen is kept.
 *
 * <p>In document order, the first name under an id keeps the id when it has the model's syntax; each
 * further name gets {@code <id>-2}, {@code <id>-3}, … skipping every id the document uses. A person
 * whose id is missing or is no id ({@code mailto:…}) gets {@code person-<slug of the name>}, made
 * unique the same way. The ids shared by different names are reported once, in
 * {@link SharedPersonIds}.
 */
final class PersonIds {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A person as the document names them: the source's id (empty when none) and the folded name. */
    private record Key(String sourceId, String name) {
    }

    private final Map<Key, String> ids = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>(); // id to the first spelling, in order
    private final Map<String, String> firstIds = new HashMap<>(); // source id to the id its first name got
    private final IdSlugs given = new IdSlugs("x"); // every id of the document, then every id given
    private final SharedPersonIds shared = new SharedPersonIds();
    private final Map<String, String> folded = new HashMap<>(); // each name is folded once, though asked twice

    /** @param entries every entry, in document order */
    PersonIds(List<ScheduleEntry> entries) {
        for (ScheduleEntry entry : entries) {
            for (EntryPerson person : entry.persons()) {
                given.claim(sourceId(person));
            }
        }
        for (ScheduleEntry entry : entries) {
            for (EntryPerson person : entry.persons()) {
                if (!Sessions.blank(person.name())) {
                    assign(person, entry.place());
                }
            }
        }
    }

    /**
     * @param person a person of one of the entries
     * @return their id in the model; empty for a person without a name
     */
    Optional<String> of(EntryPerson person) {
        return Sessions.blank(person.name()) ? Optional.empty()
                : Optional.ofNullable(ids.get(new Key(sourceId(person), folded(person.name()))));
    }

    /** @return the name of each id, as first spelled, in order of first appearance */
    Map<String, String> names() {
        return names;
    }

    /** @param repairs where to say, once for the document, which ids several names shared */
    void report(Repairs repairs) {
        shared.report(repairs);
    }

    private void assign(EntryPerson person, DocumentPlace place) {
        String source = sourceId(person);
        Key key = new Key(source, folded(person.name()));
        if (ids.containsKey(key)) {
            return;
        }
        String first = source.isEmpty() ? null : firstIds.get(source);
        String id;
        if (first == null && Ids.isValid(source)) {
            id = source;
        } else if (first != null && Ids.isValid(source)) {
            id = given.numbered(source, 2);
        } else {
            id = given.numbered("person-" + IdSlugs.slug(person.name(), "x"), 1);
        }
        if (first == null && !source.isEmpty()) {
            firstIds.put(source, id);
        } else if (first != null) {
            shared.add(source, first, id, place);
        }
        ids.put(key, id);
        names.put(id, person.name().strip());
    }

    private static String sourceId(EntryPerson person) {
        return Sessions.blank(person.sourceId()) ? "" : person.sourceId().strip();
    }

    private String folded(String name) {
        return folded.computeIfAbsent(name, PersonIds::fold);
    }

    /**
     * @param name a name as written
     * @return what two spellings of one name share: NFC, single spaces, case folded
     */
    static String fold(String name) {
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        return SPACES.matcher(composed.strip()).replaceAll(" ").toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
