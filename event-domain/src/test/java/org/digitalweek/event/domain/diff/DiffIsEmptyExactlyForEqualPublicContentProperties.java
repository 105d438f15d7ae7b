package org.digitalweek.event.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import org.digitalweek.event.domain.fixtures.RandomEditions;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.Theme;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.model.Venue;

/**
 * {@link ProgrammeDiff#between} is empty exactly when two editions have equal public content. The
 * second edition is the first after a random edit: one that only reorders id-keyed lists and
 * changes status, version and publication time, or one that changes content (a title, a slot, a
 * status, the speaking order, a name, a city, a session less), or none. Equality of public content
 * is decided by an oracle that knows nothing of the differ: both editions brought to one order and
 * stripped of status, version and publication time, then compared with {@code equals}.
 */
class DiffIsEmptyExactlyForEqualPublicContentProperties {

    private static final List<Edit> EDITS = List.of(
            new Edit("reorder", DiffIsEmptyExactlyForEqualPublicContentProperties::reordered),
            new Edit("none", (e, r) -> e.toBuilder().build()),
            new Edit("title", (e, r) -> e.toBuilder().title(e.title().with("fr", e.title().resolve("fr") + "!")).build()),
            new Edit("host city", (e, r) -> e.toBuilder().host(e.hostCity().map(c -> c + " "), e.hostCountry())
                    .build()),
            new Edit("slot", (e, r) -> oneSession(e, r, s -> s.movedTo(new TimeSlot(
                    s.slot().start().plus(Duration.ofMinutes(15)), s.slot().end().plus(Duration.ofMinutes(15))),
                    s.room()))),
            new Edit("session status", (e, r) -> oneSession(e, r, s -> s.withStatus(
                    s.status() == SessionStatus.CANCELLED ? SessionStatus.CONFIRMED : SessionStatus.CANCELLED))),
            new Edit("speaking order", (e, r) -> oneSession(e, r, s -> {
                List<Participant> order = new ArrayList<>(s.participants());
                Collections.reverse(order);
                return new Session(s.id(), s.type(), s.title(), s.summary(), s.track(), s.slot(), s.room(), order,
                        s.languages(), s.status(), s.expectedAttendance(), s.statements(), s.provenance(),
                        s.parallelAllowed(), s.origin());
            })),
            new Edit("session removed", (e, r) -> e.sessions().isEmpty() ? e : e.toBuilder()
                    .sessions(e.sessions().subList(1, e.sessions().size())).build()),
            new Edit("official renamed", (e, r) -> e.officials().isEmpty() ? e : e.toBuilder().officials(
                    replaceFirst(e.officials(), o -> new Official(o.id(), o.fullName() + ".", o.honorific(),
                            o.postTitle(), o.ministry(), o.precedence(), o.provenance()))).build()));

    @Property(tries = 1500)
    void theDiffIsEmptyExactlyWhenThePublicContentIsEqual(@ForAll("pairs") Pair pair) {
        boolean equal = publicContent(pair.before()).equals(publicContent(pair.after()));
        Statistics.label("edit").collect(pair.edit());
        Statistics.label("equal public content").collect(equal);

        assertThat(ProgrammeDiff.between(pair.before(), pair.after()).isEmpty()).as(pair.edit()).isEqualTo(equal);
        assertThat(ProgrammeDiff.between(pair.after(), pair.before()).isEmpty()).as(pair.edit()).isEqualTo(equal);
    }

    @Provide
    Arbitrary<Pair> pairs() {
        return RandomEditions.editions().flatMap(edition -> Arbitraries.randomValue(random -> {
            Edit edit = EDITS.get(random.nextInt(EDITS.size()));
            return new Pair(edition, edit.change().apply(edition, random), edit.name());
        }));
    }

    /** An edition and the same after one named edit. */
    record Pair(PublicEdition before, PublicEdition after, String edit) {
    }

    /** A named change to an edition. */
    private record Edit(String name, BiFunction<PublicEdition, Random, PublicEdition> change) {
    }

    /** The oracle's view: id-keyed lists sorted by id; status, version and publication time dropped. */
    private static PublicEdition publicContent(PublicEdition e) {
        return e.toBuilder()
                .sessions(sorted(e.sessions(), s -> s.id().value()))
                .venues(sorted(e.venues().stream().map(v -> new Venue(v.id(), v.name(), v.shortName(), v.city(),
                        v.country(), sorted(v.rooms(), r -> r.id().value()), v.provenance())).toList(),
                        v -> v.id().value()))
                .ministries(sorted(e.ministries(), m -> m.id().value()))
                .participations(sorted(e.participations(), p -> p.ministry().value()))
                .officials(sorted(e.officials(), o -> o.id().value()))
                .theme(new Theme(e.theme().title(), e.theme().description(),
                        sorted(e.theme().tracks(), t -> t.id().value())))
                .status(EditionStatus.DRAFT).version(0).publishedAt(Optional.empty()).build();
    }

    private static PublicEdition reordered(PublicEdition e, Random random) {
        List<Venue> venues = shuffled(e.venues().stream().map(v -> new Venue(v.id(), v.name(), v.shortName(),
                v.city(), v.country(), shuffled(v.rooms(), random), v.provenance())).toList(), random);
        return e.toBuilder().sessions(shuffled(e.sessions(), random)).venues(venues)
                .ministries(shuffled(e.ministries(), random))
                .participations(shuffled(e.participations(), random)).officials(shuffled(e.officials(), random))
                .theme(new Theme(e.theme().title(), e.theme().description(), shuffled(e.theme().tracks(), random)))
                .status(EditionStatus.values()[random.nextInt(EditionStatus.values().length)])
                .version(random.nextInt(50))
                .publishedAt(Optional.of(Instant.ofEpochSecond(1_800_000_000L + random.nextInt(1_000_000))))
                .build();
    }

    private static PublicEdition oneSession(PublicEdition e, Random random,
                                            UnaryOperator<Session> change) {
        if (e.sessions().isEmpty()) {
            return e;
        }
        return e.withSession(change.apply(e.sessions().get(random.nextInt(e.sessions().size()))));
    }

    private static <T> List<T> replaceFirst(List<T> items, UnaryOperator<T> change) {
        List<T> result = new ArrayList<>(items);
        result.set(0, change.apply(result.get(0)));
        return result;
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> result = new ArrayList<>(items);
        Collections.shuffle(result, random);
        return result;
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }
}
