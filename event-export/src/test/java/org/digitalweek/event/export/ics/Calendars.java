package org.digitalweek.event.export.ics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.export.support.Editions;

/** The calendars the ics tests read, and ways to look at their lines. */
final class Calendars {

    /** A title of over 75 octets with accents, Bambara letters, the characters to escape and a line break. */
    static final String HARD_TITLE = "Atelier « Kunnafoni ɲɛtaa » : ɛntɛrinɛti, ɔridinatɛri ni ŋaniya — "
            + "é, è, ê; à\\ ç ; ɛɛɛɛɛ ɔɔɔɔɔ ŋŋŋŋŋ, virgules, points-virgules; et barre \\ oblique\n"
            + "deuxième ligne 🇲🇱 fin";

    /** The version the tricky edition carries. */
    static final long VERSION = 7;

    private Calendars() {
    }

    /**
     * @return the sample edition at {@link #VERSION}, with its first session cancelled and titled
     *         {@link #HARD_TITLE}, in French
     */
    static PublicEdition tricky() {
        PublicEdition sample = Editions.sample();
        Session first = sample.programme().get(0);
        Session hard = new Session(first.id(), first.type(), LocalizedText.fr(HARD_TITLE), first.summary(),
                first.track(), first.slot(), first.room(), first.participants(), first.languages(),
                SessionStatus.CANCELLED, first.expectedAttendance(), first.statements(), first.provenance(),
                first.parallelAllowed(), first.origin());
        return sample.withSession(hard).toBuilder().version(VERSION).build();
    }

    /**
     * @param calendar a calendar's bytes
     * @return its physical lines, without their CRLF
     */
    static List<String> lines(byte[] calendar) {
        String text = new String(calendar, StandardCharsets.UTF_8);
        return Arrays.asList(text.split("\r\n", -1)).subList(0, text.split("\r\n", -1).length - 1);
    }

    /**
     * @param calendar a calendar's bytes
     * @return its content lines: folds undone as RFC 5545 §3.1 says
     */
    static List<String> unfolded(byte[] calendar) {
        return lines(new String(calendar, StandardCharsets.UTF_8).replace("\r\n ", "")
                .getBytes(StandardCharsets.UTF_8));
    }
}
