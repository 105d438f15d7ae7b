package org.digitalweek.event.domain.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.reuse.SampleEditions.FIRST_DAY;
import static org.digitalweek.event.domain.reuse.SampleEditions.SNM_2026;

import java.time.LocalDate;
import java.time.ZoneId;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.junit.jupiter.api.Test;

/** A clone elsewhere does not keep a title that names the source's country or city. */
class KeptPlacesTest {

    private static final ZoneId NIAMEY = ZoneId.of("Africa/Niamey");

    private final PublicEdition source = SampleEditions.publicView(SNM_2026, 3, FIRST_DAY).toBuilder()
            .title(LocalizedText.frEn("Semaine du Numérique au Mali, 3ème édition", "Mali Digital Week, 3rd edition"))
            .build();

    private final CloneRequest toNiamey = CloneRequest.of(new EditionId("snn-2026"), LocalDate.of(2026, 3, 5))
            .withHost(Country.NIGER, "Niamey", NIAMEY);

    @Test
    void aTitleThatNamesTheSourcesCountryIsAProblemInEachLanguageThatNamesIt() {
        assertThat(KeptPlaces.of(source, toNiamey)).containsExactly(
                new Violation("title[fr]", KeptPlaces.RULE,
                        "le titre « Semaine du Numérique au Mali, 3ème édition » nomme « Mali », pays hôte de l'édition "
                                + "source, alors que celui du clone est « Niger » (NE) : donnez le titre du clone, par "
                                + "exemple « Semaine du Numérique au Niger, 4ème édition »",
                        "the title 'Semaine du Numérique au Mali, 3ème édition' names Mali, the source edition's host "
                                + "country, while the clone's is Niger (NE): give the clone's title, e.g. "
                                + "'Semaine du Numérique au Niger, 4ème édition'"),
                new Violation("title[en]", KeptPlaces.RULE,
                        "le titre « Mali Digital Week, 3rd edition » nomme « Mali », pays hôte de l'édition source, alors "
                                + "que celui du clone est « Niger » (NE) : donnez le titre du clone, par exemple « Niger "
                                + "Digital Week, 4th edition »",
                        "the title 'Mali Digital Week, 3rd edition' names Mali, the source edition's host country, "
                                + "while the clone's is Niger (NE): give the clone's title, e.g. 'Niger Digital Week, "
                                + "4th edition'"));
    }

    @Test
    void onlyTheLanguagesThatNameItAndTheCityToo() {
        PublicEdition named = source.toBuilder()
                .title(LocalizedText.frEn("Semaine du Numérique de Bamako", "Digital Week")).build();

        assertThat(KeptPlaces.of(named, toNiamey)).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("title[fr]"))
                .satisfies(v -> assertThat(v.messageFr()).contains("« Bamako », ville hôte de l'édition source, alors "
                        + "que le clone a lieu à Niamey").endsWith("« Semaine du Numérique de Niamey »"));
    }

    @Test
    void noProblemWithATitleGivenOrTheSamePlace() {
        assertThat(KeptPlaces.of(source, toNiamey.withTitle(LocalizedText.fr("Semaine du Numérique au Niger"))))
                .isEmpty();
        assertThat(KeptPlaces.of(source, CloneRequest.of(new EditionId("snm-2027"), LocalDate.of(2027, 1, 28))))
                .isEmpty();
        assertThat(KeptPlaces.of(source, CloneRequest.of(new EditionId("snm-2027"), LocalDate.of(2027, 1, 28))
                .withHost(Country.MALI, "bamako", ZoneId.of("Africa/Bamako")))).isEmpty();
    }

    @Test
    void theClonersOwnTitleFollowsItsNumber() {
        PublicEdition clone = EditionCloner.cloneEdition(new Edition(source,
                InternalRecords.NONE),
                CloneRequest.of(new EditionId("snm-2027"), LocalDate.of(2027, 1, 28)).withNumber(5)).publicView();

        assertThat(clone.title()).isEqualTo(LocalizedText.frEn("Semaine du Numérique au Mali, 5ème édition",
                "Mali Digital Week, 5th edition"));
    }
}
