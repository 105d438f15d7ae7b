package org.digitalweek.event.export.frab;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.ProgrammeDays;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.export.schedule.SessionTypes;

/**
 * An event of a schedule: a whole session, or, for a session longer than a day, the part of it that
 * falls on one day; a later day's part has a shortened title and no abstract, description or people
 * (they are on the first).
 * The texts carry the marks the formats have no field for: a cancelled session's title starts with
 * {@code [annulé]}; the subtitle says {@code [à confirmer]}, {@code [illustratif]} and which day of
 * a several-day session this is; an illustrative session's abstract starts with {@code [illustratif]}.
 *
 * @param session the session
 * @param id      the integer id, the source's or stable, unique in the schedule
 * @param guid    the guid, the source's or stable, unique in the schedule
 * @param slug    the slug, the source's or made of the id, unique in the schedule
 * @param day     the schedule day it is listed under: the day it starts on, after the day change
 * @param start   when it starts
 * @param end     when it ends
 * @param part    which day of the session this is, from 1
 * @param parts   on how many days the session is shown
 * @param room    where
 * @param track   its track; empty when the session has none
 * @param persons who takes part, each official once, in the session's order
 */
public record ScheduleEvent(Session session, int id, String guid, String slug, LocalDate day, ZonedDateTime start,
                            ZonedDateTime end, int part, int parts, ScheduleRoom room, Optional<ScheduleTrack> track,
                            List<SchedulePerson> persons) {

    /** Copies the list of persons. */
    public ScheduleEvent {
        persons = List.copyOf(persons);
    }

    /** @return the length as {@code HH:MM}, hours not capped at 24 */
    public String duration() {
        long minutes = Duration.between(start, end).toMinutes();
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    /**
     * @return the kind of session: the source's word ({@code lecture}, {@code BoF (45 minutes)}) when the
     *         session has one that still reads as its kind, so that a round trip keeps it; else the
     *         kind's own word, e.g. {@code opening-ceremony} or {@code panel}
     */
    public String type() {
        return sourceKind().orElseGet(() -> session.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** @return the source's word for the session's kind, when an import reads it as the session's kind */
    public Optional<String> sourceKind() {
        return session.source().kind().filter(word -> SessionTypes.readAs(word) == session.type());
    }

    /** @return the session's public page, if any; later day parts have none */
    public Optional<String> url() {
        return part == 1 ? session.url().map(URI::toString) : Optional.empty();
    }

    /** @return the session's logo, if any: its first link of that kind; later day parts have none */
    public Optional<SessionLink> logo() {
        return links().stream().filter(l -> l.kind() == LinkKind.LOGO).findFirst();
    }

    /**
     * @return the session's links but its logo and its attachments, in its order: its live stream,
     *         slides, recording, registration page, others, and any logo after the first
     */
    public List<SessionLink> plainLinks() {
        Optional<SessionLink> logo = logo();
        return links().stream().filter(l -> l.kind() != LinkKind.ATTACHMENT)
                .filter(l -> logo.isEmpty() || l != logo.get()).toList();
    }

    /** @return the session's attachments, in its order */
    public List<SessionLink> attachments() {
        return links().stream().filter(l -> l.kind() == LinkKind.ATTACHMENT).toList();
    }

    private List<SessionLink> links() {
        return part == 1 ? session.links() : List.of();
    }

    /** @return the primary subtag of the first language spoken, if the session names one */
    public Optional<String> language() {
        return session.languages().stream().findFirst().map(tag -> Locale.forLanguageTag(tag).getLanguage());
    }

    /**
     * @param language the reader's language
     * @return the title (cut at {@value ProgrammeDays#CONTINUED_TITLE} characters on a later day), after
     *         {@code [annulé]} when the session is cancelled
     */
    public String title(ReaderLanguage language) {
        String title = part == 1 ? session.title().resolve(language)
                : ProgrammeDays.continuedTitle(session.title().resolve(language));
        return session.isCancelled() ? ScheduleLabels.in(language).cancelled + " " + title : title;
    }

    /**
     * @param language the reader's language
     * @return the marks of a tentative or illustrative session and of a day part; empty when none applies
     */
    public String subtitle(ReaderLanguage language) {
        ScheduleLabels labels = ScheduleLabels.in(language);
        List<String> marks = new ArrayList<>();
        if (session.status() == SessionStatus.TENTATIVE) {
            marks.add(labels.tentative);
        }
        if (session.provenance().isIllustrative()) {
            marks.add(labels.illustrative);
        }
        if (parts > 1) {
            marks.add(String.format(Locale.ROOT, labels.dayOf, part, parts));
        }
        return String.join(" ", marks);
    }

    /**
     * @param language the reader's language
     * @return the summary, or the illustrative note when there is none, after {@code [illustratif]}
     *         for an illustrative session; possibly empty
     */
    public String abstractText(ReaderLanguage language) {
        if (part > 1) {
            return "";
        }
        String summary = session.summary().resolve(language);
        if (session.provenance() instanceof Provenance.Illustrative illustrative) {
            String text = summary.isEmpty() ? illustrative.note().resolve(language) : summary;
            return ScheduleLabels.in(language).illustrative + " " + text;
        }
        return summary;
    }

    /**
     * @param language the reader's language
     * @return what the abstract does not say: the illustrative note when the abstract holds the
     *         summary, then a line per person with their role (and the authority they act for) when
     *         one of them is more than a speaker; possibly empty
     */
    public String description(ReaderLanguage language) {
        if (part > 1) {
            return "";
        }
        ScheduleLabels labels = ScheduleLabels.in(language);
        List<String> paragraphs = new ArrayList<>();
        if (session.provenance() instanceof Provenance.Illustrative illustrative
                && !session.summary().resolve(language).isEmpty()) {
            paragraphs.add(labels.illustrative + " " + illustrative.note().resolve(language));
        }
        List<String> lines = new ArrayList<>();
        for (SchedulePerson person : saysMoreThanPersons() ? persons : List.<SchedulePerson>of()) {
            StringBuilder line = new StringBuilder(labels.role(person.role())).append(labels.colon).append(person.name());
            person.onBehalfOf().ifPresent(m -> line.append(" (")
                    .append(String.format(Locale.ROOT, labels.onBehalfOf, m.authority().resolve(language))).append(')'));
            if (person.provenance().isIllustrative()) {
                line.append(' ').append(labels.illustrative);
            }
            lines.add(line.toString());
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * @return whether the people's lines say more than {@code <persons>}: a role other than speaker, an
     *         authority acted for, or an illustrative person; when all are plain speakers, as in every
     *         imported schedule, the lines would only repeat the names, and an import would take them for
     *         the abstract
     */
    private boolean saysMoreThanPersons() {
        return persons.stream().anyMatch(p -> p.role() != ParticipantRole.SPEAKER || p.onBehalfOf().isPresent()
                || p.provenance().isIllustrative());
    }

    /**
     * @param language the reader's language, whose edition each translation keeps
     * @return {@link #abstractText(ReaderLanguage)} in every two-letter language of the session's texts
     */
    public SortedMap<String, String> abstracts(ReaderLanguage language) {
        return Schedule.translations(translationSources(), tag -> abstractText(language.asking(tag)));
    }

    /**
     * @param language the reader's language, whose edition each translation keeps
     * @return {@link #description(ReaderLanguage)} in every two-letter language of the session's texts
     */
    public SortedMap<String, String> descriptions(ReaderLanguage language) {
        return Schedule.translations(translationSources(), tag -> description(language.asking(tag)));
    }

    /** The summary and the note, else the title: the texts whose languages the translations follow. */
    private List<LocalizedText> translationSources() {
        List<LocalizedText> sources = new ArrayList<>(List.of(session.summary()));
        if (session.provenance() instanceof Provenance.Illustrative illustrative) {
            sources.add(illustrative.note());
        }
        return sources.stream().allMatch(LocalizedText::isEmpty) ? List.of(session.title()) : sources;
    }
}
