package org.digitalweek.event.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemNotFoundExceptionTest {

    @Test
    void theFrenchMessageNamesTheKindInFrenchWords() {
        assertThat(new ItemNotFoundException("snm-2026", "release", "9.9").getMessage("fr"))
                .isEqualTo("l'édition « snm-2026 » n'a pas de publication « 9.9 »");
        assertThat(new ItemNotFoundException("snm-2026", "official", "x").getMessage("fr"))
                .isEqualTo("l'édition « snm-2026 » n'a pas d'officiel « x »");
        assertThat(new ItemNotFoundException("snm-2026", "session", "x").getMessage("fr"))
                .isEqualTo("l'édition « snm-2026 » n'a pas de session « x »");
        assertThat(new ItemNotFoundException("snm-2026", "release", "9.9").getMessage("en"))
                .isEqualTo("edition 'snm-2026' has no release '9.9'");
    }
}
