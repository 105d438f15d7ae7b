package org.digitalweek.event.domain.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * The rule that a clone held in another country or city does not keep a title that names the
 * source's: without a title in the request, each language of the source's title that names the
 * source's host country (or city) while the clone moves elsewhere is a problem, which quotes the
 * title and suggests one with the new place's name (and the clone's number).
 */
public final class KeptPlaces {

    /** The rule's name in a {@link Violation}. */
    public static final String RULE = "TitleNamesSourcePlace";

    /** French first, the language of {@code --title}, then the others by tag. */
    private static final Comparator<String> MAIN_LANGUAGE_FIRST =
            Comparator.comparing((String tag) -> !tag.equals("fr")).thenComparing(Comparator.naturalOrder());

    private KeptPlaces() {
    }

    /**
     * @param source  the edition cloned
     * @param request what the clone changes
     * @return one problem per language of the title that still names the source's place, at path
     *         {@code title[TAG]}; empty when the request gives a title or the place does not change
     */
    public static List<Violation> of(PublicEdition source, CloneRequest request) {
        Objects.requireNonNull(source, "'source' must not be null");
        Objects.requireNonNull(request, "'request' must not be null");
        if (request.title().isPresent()) {
            return List.of();
        }
        LocalizedText title = source.title();
        Optional<Country> fromCountry = source.hostCountry();
        Optional<Country> toCountry = request.hostCountry().filter(c -> fromCountry.map(f -> !f.equals(c)).orElse(false));
        Optional<String> fromCity = source.hostCity();
        Optional<String> toCity = request.hostCity()
                .filter(c -> fromCity.map(f -> !same(f, c)).orElse(false));
        List<String> namingCountry = toCountry.isPresent() ? TitlePlaces.naming(title, fromCountry.get()) : List.of();
        Set<String> naming = new TreeSet<>(MAIN_LANGUAGE_FIRST);
        naming.addAll(namingCountry);
        toCity.ifPresent(c -> naming.addAll(TitlePlaces.naming(title, fromCity.get())));
        if (naming.isEmpty()) {
            return List.of();
        }
        LocalizedText suggested = TitleOrdinals.renumbered(title, source.number(),
                request.number().orElse(source.number() + 1));
        if (toCountry.isPresent()) {
            suggested = TitlePlaces.withCountry(suggested, fromCountry.get(), toCountry.get());
        }
        if (toCity.isPresent()) {
            suggested = TitlePlaces.withCity(suggested, fromCity.get(), toCity.get());
        }
        List<Violation> problems = new ArrayList<>();
        for (String tag : naming) {
            String was = title.values().get(tag);
            String could = suggested.values().get(tag);
            boolean country = namingCountry.contains(tag);
            String placeFr = country ? "« " + fromCountry.get().name().french() + " », pays hôte de l'édition source, "
                    + "alors que celui du clone est « " + toCountry.get().name().french() + " » (" + toCountry.get().code() + ")"
                    : "« " + fromCity.get() + " », ville hôte de l'édition source, alors que le clone a lieu à "
                    + toCity.get();
            String placeEn = country ? fromCountry.get().name().resolve("en") + ", the source edition's host country, "
                    + "while the clone's is " + toCountry.get().name().resolve("en") + " (" + toCountry.get().code() + ")"
                    : fromCity.get() + ", the source edition's host city, while the clone is held in " + toCity.get();
            problems.add(new Violation("title[" + tag + "]", RULE,
                    "le titre « " + was + " » nomme " + placeFr + " : donnez le titre du clone, par exemple « "
                            + could + " »",
                    "the title '" + was + "' names " + placeEn + ": give the clone's title, e.g. '" + could + "'"));
        }
        return problems;
    }

    private static boolean same(String city, String other) {
        return city.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }
}
