package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.export.schedule.MergedSchedules.Format;
import org.digitalweek.event.export.schedule.MergedSchedules.Speaker;
import org.digitalweek.event.export.schedule.MergedSchedules.Talk;

/**
 * For any schedule whose people reuse a few ids under many names, written in any of the four schedule
 * formats and read by its real importer, every session has the source's speakers, by name and in
 * order: the multiset of (session, speaker name) pairs is the source's, and so is each speaking order.
 */
class SpeakersSurviveImportPropertyTest {

    /** Few ids, so that they are shared; null is a person without an id. */
    private static final List<String> IDS = Arrays.asList("0", "1", "2", null);
    /** Names whose folded forms differ, in several scripts. */
    private static final List<String> NAMES = List.of("Ada Lovelace", "Grace Hopper", "Awa Traoré", "Zoë Ndiaye",
            "Jean-Luc Kaboré", "Alan Turing", "李雷", "Ólafur Þórsson");

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void everySessionKeepsItsSpeakers(@ForAll("formats") Format format, @ForAll("schedules") List<Talk> talks) {
        PublicEdition edition = MergedSchedules.edition(MergedSchedules.read(format, talks));

        assertThat(pairs(MergedSchedules.speakers(edition))).containsExactlyInAnyOrderElementsOf(
                pairs(MergedSchedules.speakers(talks)));
        assertThat(MergedSchedules.speakers(edition)).isEqualTo(MergedSchedules.speakers(talks));
    }

    @Provide
    Arbitrary<Format> formats() {
        return Arbitraries.of(MergedSchedules.FORMATS);
    }

    @Provide
    Arbitrary<List<Talk>> schedules() {
        Arbitrary<List<Speaker>> speakers = Combinators.combine(Arbitraries.of(IDS), Arbitraries.of(NAMES))
                .as(Speaker::new).list().ofMaxSize(4).uniqueElements();
        Arbitrary<Talk> talk = Combinators.combine(Arbitraries.of(MergedSchedules.ROOMS),
                        Arbitraries.integers().between(8, 18), Arbitraries.of(0, 30), Arbitraries.of(30, 60, 90),
                        speakers)
                .as((room, hour, minute, minutes, people) -> new Talk(0, room, LocalTime.of(hour, minute), minutes,
                        people));
        return talk.list().ofMinSize(1).ofMaxSize(10).map(SpeakersSurviveImportPropertyTest::numbered);
    }

    /** Talks numbered 1, 2, … so that each has its own id and title. */
    private static List<Talk> numbered(List<Talk> talks) {
        return IntStream.range(0, talks.size()).mapToObj(i -> {
            Talk t = talks.get(i);
            return new Talk(i + 1, t.room(), t.start(), t.minutes(), t.speakers());
        }).toList();
    }

    private static List<String> pairs(Map<String, List<String>> speakers) {
        List<String> pairs = new ArrayList<>();
        speakers.forEach((title, names) -> names.forEach(name -> pairs.add(title + " / " + name)));
        return pairs;
    }
}
