package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class CountryInitialisationTest {

    @Test
    @Disabled("bug: Country's static constants MALI, BURKINA_FASO and NIGER are declared before ISO_CODES, so their "
            + "constructor calls isValid while ISO_CODES is still null: class initialisation throws "
            + "ExceptionInInitializerError (NullPointerException) and no Country can ever be built")
    void classInitialisesAndItsConstantsAreUsable() {
        assertThatCode(() -> Class.forName("org.digitalweek.event.domain.model.Country"))
                .doesNotThrowAnyException();
        assertThat(Country.MALI.code()).isEqualTo("ML");
    }
}
