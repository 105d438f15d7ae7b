package org.digitalweek.event.domain.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A country, by its ISO 3166-1 alpha-2 code. The members of the Confédération des États du Sahel
 * (AES) — Mali, Burkina Faso, Niger — are known by name.
 *
 * @param code the upper-case ISO 3166-1 alpha-2 code, e.g. {@code ML}
 */
public record Country(String code) {

    // Before the constants below, whose constructors read it.
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    /** Mali, host of the Semaine du Numérique au Mali. */
    public static final Country MALI = new Country("ML");
    /** Burkina Faso. */
    public static final Country BURKINA_FASO = new Country("BF");
    /** Niger. */
    public static final Country NIGER = new Country("NE");

    private static final Map<String, LocalizedText> AES_NAMES = Map.of(
            "ML", LocalizedText.frEn("Mali", "Mali"),
            "BF", LocalizedText.frEn("Burkina Faso", "Burkina Faso"),
            "NE", LocalizedText.frEn("Niger", "Niger"));

    /** Checks that the code is an assigned ISO 3166-1 alpha-2 code. */
    public Country {
        Objects.requireNonNull(code, "'code' must not be null");
        Invariants.require(isValid(code), "Country", () -> "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
    }

    /**
     * @param code a candidate code
     * @return whether it is an upper-case, assigned ISO 3166-1 alpha-2 code
     */
    public static boolean isValid(String code) {
        return code != null && ISO_CODES.contains(code);
    }

    /** @return whether the country is a member of the Confédération des États du Sahel */
    public boolean isAesMember() {
        return AES_NAMES.containsKey(code);
    }

    /** @return the country's name in French and English */
    public LocalizedText name() {
        LocalizedText known = AES_NAMES.get(code);
        if (known != null) {
            return known;
        }
        Locale region = new Locale.Builder().setRegion(code).build();
        return LocalizedText.frEn(region.getDisplayCountry(Locale.FRENCH), region.getDisplayCountry(Locale.ENGLISH));
    }

    @Override
    public String toString() {
        return code;
    }
}
