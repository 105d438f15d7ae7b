package org.digitalweek.event.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.StoreUriException;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.boot.StoreCatalogue;
import org.digitalweek.event.persistence.memory.InMemoryEditions;

/** Stores are chosen by URI among those found with ServiceLoader. */
class StoreCatalogueTest {

    private final StoreCatalogue stores = StoreCatalogue.discover(getClass().getClassLoader());

    @Test
    void memOpensANewEmptyInMemoryStore() {
        try (Editions first = stores.open("mem:"); Editions second = stores.open("mem:")) {
            assertThat(first).isInstanceOf(InMemoryEditions.class).isNotSameAs(second);
        }
    }

    @Test
    void anUnknownSchemeIsNamedWithTheSupportedForms() {
        assertThatThrownBy(() -> stores.open("ftp://example.org/programme"))
                .isInstanceOfSatisfying(StoreUriException.class, e -> {
                    assertThat(e.uri()).isEqualTo("ftp://example.org/programme");
                    assertThat(e.supported()).contains("mem:");
                    assertThat(e.getMessage()).startsWith("store 'ftp://example.org/programme': no store opens this URI;"
                            + " supported: ").contains("mem:");
                    assertThat(e.getMessage("fr")).startsWith("magasin « ftp://example.org/programme » : aucun magasin");
                });
    }

    @Test
    void aMalformedMemUriIsRefused() {
        assertThatThrownBy(() -> stores.open("mem:shared"))
                .isInstanceOf(StoreUriException.class).hasMessageContaining("'mem:' alone");
    }
}
