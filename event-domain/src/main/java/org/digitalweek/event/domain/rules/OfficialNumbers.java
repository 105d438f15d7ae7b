package org.digitalweek.event.domain.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;

/** An edition's officials, numbered once from 0 in the edition's order, for the checks. */
final class OfficialNumbers {

    /** By the id's text: a {@code String}'s hash is kept, a record's is worked out at every lookup. */
    private final Map<String, Integer> numbers;
    private final Official[] officials;

    OfficialNumbers(PublicEdition edition) {
        List<Official> all = edition.officials();
        officials = all.toArray(Official[]::new);
        numbers = new HashMap<>(officials.length * 4 / 3 + 1);
        for (int o = 0; o < officials.length; o++) {
            numbers.putIfAbsent(officials[o].id().value(), o);
        }
    }

    /**
     * @param id an official of the edition (every participant is one: the edition checks it)
     * @return their number
     */
    int number(OfficialId id) {
        return numbers.get(id.value());
    }

    /** @return how many officials there are */
    int count() {
        return officials.length;
    }

    /** @return official number {@code o} */
    Official official(int o) {
        return officials[o];
    }
}
