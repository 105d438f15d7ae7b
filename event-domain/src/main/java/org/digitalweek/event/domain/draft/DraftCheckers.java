package org.digitalweek.event.domain.draft;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.validation.FourDigitYear;

/** The checkers behind the class-level constraints of drafts, for the validation provider. */
public final class DraftCheckers {

    private static final String KEY = "{org.digitalweek.event.reference.";

    private DraftCheckers() {
    }

    /** Checks {@link EndsAfterStart} on a slot. */
    public static final class SlotEndsAfterStart implements ConstraintValidator<EndsAfterStart, SlotDraft> {
        @Override
        public boolean isValid(SlotDraft slot, ConstraintValidatorContext context) {
            if (slot == null || slot.start() == null || slot.end() == null || slot.end().isAfter(slot.start())) {
                return true;
            }
            return reportOn(context, "end");
        }
    }

    /** Checks {@link EndsAfterStart} on an edition's dates. */
    public static final class EditionEndsAfterStart implements ConstraintValidator<EndsAfterStart, EditionDraft> {
        @Override
        public boolean isValid(EditionDraft edition, ConstraintValidatorContext context) {
            if (edition == null || edition.startDate() == null || edition.endDate() == null
                    || !edition.endDate().isBefore(edition.startDate())) {
                return true;
            }
            return reportOn(context, "endDate");
        }
    }

    /** Checks {@link BoundedLength}: the edition's days, then each session's slot against them. */
    public static final class LengthIsBounded implements ConstraintValidator<BoundedLength, EditionDraft> {
        @Override
        public boolean isValid(EditionDraft edition, ConstraintValidatorContext context) {
            if (edition == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            long days = BoundedLength.EDITION_DAYS;
            if (edition.startDate() != null && edition.endDate() != null && fourDigits(edition.startDate().getYear())
                    && fourDigits(edition.endDate().getYear()) && !edition.endDate().isBefore(edition.startDate())) {
                days = ChronoUnit.DAYS.between(edition.startDate(), edition.endDate()) + 1;
                if (days > BoundedLength.EDITION_DAYS) {
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode("endDate").addConstraintViolation();
                    valid = false;
                }
            }
            Duration longest = Duration.ofDays(Math.min(days, BoundedLength.EDITION_DAYS));
            List<SessionDraft> sessions = edition.sessions() == null ? List.of() : edition.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                SlotDraft slot = sessions.get(i) == null ? null : sessions.get(i).slot();
                if (slot != null && slot.start() != null && slot.end() != null && fourDigits(slot.start().getYear())
                        && fourDigits(slot.end().getYear()) && slot.end().isAfter(slot.start())
                        && Duration.between(slot.start(), slot.end()).compareTo(longest) > 0) {
                    context.buildConstraintViolationWithTemplate("{org.digitalweek.event.BoundedLength.session}")
                            .addPropertyNode("sessions").addPropertyNode("slot").inIterable().atIndex(i)
                            .addPropertyNode("end").addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }

        /** Years out of four digits are {@code @FourDigitYear}'s to report, once. */
        private static boolean fourDigits(int year) {
            return year >= FourDigitYear.FIRST && year <= FourDigitYear.LAST;
        }
    }

    private static boolean reportOn(ConstraintValidatorContext context, String property) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(property).addConstraintViolation();
        return false;
    }

    /** Checks {@link ResolvableReferences}. */
    public static final class EditionReferencesResolve
            implements ConstraintValidator<ResolvableReferences, EditionDraft> {

        @Override
        public boolean isValid(EditionDraft edition, ConstraintValidatorContext context) {
            if (edition == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            Report report = new Report(context);
            Set<String> tracks = trackIds(edition, report);
            Set<String> rooms = roomIds(edition, report);
            Set<String> ministries = ids(nonNull(edition.ministries()), MinistryDraft::id, "ministries", report);
            Set<String> officials = ids(nonNull(edition.officials()), OfficialDraft::id, "officials", report);
            checkParticipations(edition, ministries, report);
            List<OfficialDraft> people = nonNull(edition.officials());
            for (int i = 0; i < people.size(); i++) {
                String ministry = people.get(i) == null ? null : people.get(i).ministry();
                report.unknown(ministry, ministries, "unknownMinistry", "officials", i, "ministry");
            }
            ids(nonNull(edition.sessions()), SessionDraft::id, "sessions", report);
            List<SessionDraft> sessions = nonNull(edition.sessions());
            for (int i = 0; i < sessions.size(); i++) {
                if (sessions.get(i) != null) {
                    checkSession(sessions.get(i), i, rooms, tracks, officials, report);
                }
            }
            return report.clean;
        }

        private static Set<String> trackIds(EditionDraft edition, Report report) {
            Set<String> seen = new HashSet<>();
            List<TrackDraft> tracks = edition.theme() == null ? List.of() : nonNull(edition.theme().tracks());
            for (int i = 0; i < tracks.size(); i++) {
                String id = tracks.get(i) == null ? null : tracks.get(i).id();
                if (id != null && !seen.add(id)) {
                    report.problem("duplicate").addPropertyNode("theme").addPropertyNode("tracks")
                            .addPropertyNode("id").inIterable().atIndex(i).addConstraintViolation();
                }
            }
            return seen;
        }

        private static Set<String> roomIds(EditionDraft edition, Report report) {
            ids(nonNull(edition.venues()), VenueDraft::id, "venues", report);
            Set<String> seen = new HashSet<>();
            List<VenueDraft> venues = nonNull(edition.venues());
            for (int v = 0; v < venues.size(); v++) {
                List<RoomDraft> rooms = venues.get(v) == null ? List.of() : nonNull(venues.get(v).rooms());
                for (int r = 0; r < rooms.size(); r++) {
                    String id = rooms.get(r) == null ? null : rooms.get(r).id();
                    if (id != null && !seen.add(id)) {
                        report.at("duplicate", "venues", v, "rooms", r, "id");
                    }
                }
            }
            return seen;
        }

        private static void checkParticipations(EditionDraft edition, Set<String> ministries, Report report) {
            Set<String> seen = new HashSet<>();
            List<ParticipationDraft> participations = nonNull(edition.participations());
            for (int i = 0; i < participations.size(); i++) {
                String ministry = participations.get(i) == null ? null : participations.get(i).ministry();
                if (ministry != null && !seen.add(ministry)) {
                    report.at("duplicate", "participations", i, "ministry");
                }
                report.unknown(ministry, ministries, "unknownMinistry", "participations", i, "ministry");
            }
        }

        private static void checkSession(SessionDraft session, int i, Set<String> rooms, Set<String> tracks,
                                         Set<String> officials, Report report) {
            report.unknown(session.room(), rooms, "unknownRoom", "sessions", i, "room");
            report.unknown(session.track(), tracks, "unknownTrack", "sessions", i, "track");
            Set<String> present = new HashSet<>();
            List<ParticipantDraft> participants = nonNull(session.participants());
            for (int j = 0; j < participants.size(); j++) {
                String official = participants.get(j) == null ? null : participants.get(j).official();
                if (official != null && !officials.contains(official)) {
                    report.at("unknownOfficial", "sessions", i, "participants", j, "official");
                }
                if (official != null && participants.get(j).role() != null
                        && !present.add(official + "/" + participants.get(j).role())) {
                    report.at("duplicate", "sessions", i, "participants", j, "role");
                }
            }
            Set<String> languages = new HashSet<>();
            List<String> spoken = nonNull(session.languages());
            for (int j = 0; j < spoken.size(); j++) {
                String language = spoken.get(j) == null ? null : LanguageTags.canonical(spoken.get(j)).orElse(null);
                if (language != null && !languages.add(language)) {
                    report.problem("duplicate").addPropertyNode("sessions").addPropertyNode("languages")
                            .inIterable().atIndex(i).addConstraintViolation();
                }
            }
            Set<String> speakers = new HashSet<>();
            participants.stream().filter(p -> p != null && p.official() != null).forEach(p -> speakers.add(p.official()));
            List<StatementDraft> statements = nonNull(session.statements());
            for (int j = 0; j < statements.size(); j++) {
                String speaker = statements.get(j) == null ? null : statements.get(j).speaker();
                if (speaker != null && !speakers.contains(speaker)) {
                    report.at("speakerNotParticipant", "sessions", i, "statements", j, "speaker");
                }
            }
        }

        private static <T> Set<String> ids(List<T> items, Function<T, String> id, String list,
                                           Report report) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String value = items.get(i) == null ? null : id.apply(items.get(i));
                if (value != null && !seen.add(value)) {
                    report.at("duplicate", list, i, "id");
                }
            }
            return seen;
        }

        private static <T> List<T> nonNull(List<T> list) {
            return list == null ? List.of() : list;
        }
    }

    /** Collects the problems of one check, each at its own path. */
    private static final class Report {
        private final ConstraintValidatorContext context;
        private boolean clean = true;

        Report(ConstraintValidatorContext context) {
            this.context = context;
        }

        ConstraintValidatorContext.ConstraintViolationBuilder problem(String key) {
            clean = false;
            return context.buildConstraintViolationWithTemplate(KEY + key + "}");
        }

        void unknown(String ref, Set<String> known, String key, String list, int i, String property) {
            if (ref != null && !known.contains(ref)) {
                at(key, list, i, property);
            }
        }

        void at(String key, String list, int i, String property) {
            problem(key).addPropertyNode(list).addPropertyNode(property).inIterable().atIndex(i)
                    .addConstraintViolation();
        }

        void at(String key, String list, int i, String sublist, int j, String property) {
            problem(key).addPropertyNode(list).addPropertyNode(sublist).inIterable().atIndex(i)
                    .addPropertyNode(property).inIterable().atIndex(j).addConstraintViolation();
        }
    }
}
