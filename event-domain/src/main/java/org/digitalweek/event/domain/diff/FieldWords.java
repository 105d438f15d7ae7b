package org.digitalweek.event.domain.diff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The components a diff reports as changed ({@link EditionChange#fields()},
 * {@link SessionDetailsChanged#fields()}, {@link OfficialChanged#fields()}), in the words a person
 * reads, in French and in English. A name the table does not know shows as it is.
 */
final class FieldWords {

    /** Component name → French, English. */
    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("id", List.of("identifiant", "id")),
            Map.entry("series", List.of("série", "series")),
            Map.entry("number", List.of("numéro", "number")),
            Map.entry("title", List.of("titre", "title")),
            Map.entry("dates", List.of("dates", "dates")),
            Map.entry("zone", List.of("fuseau horaire", "time zone")),
            Map.entry("hostCity", List.of("ville hôte", "host city")),
            Map.entry("hostCountry", List.of("pays hôte", "host country")),
            Map.entry("provenance", List.of("provenance", "provenance")),
            Map.entry("description", List.of("description", "description")),
            Map.entry("name", List.of("nom", "name")),
            Map.entry("shortName", List.of("nom court", "short name")),
            Map.entry("city", List.of("ville", "city")),
            Map.entry("country", List.of("pays", "country")),
            Map.entry("capacity", List.of("capacité", "capacity")),
            Map.entry("sharedSpace", List.of("espace partagé", "shared space")),
            Map.entry("venue", List.of("lieu", "venue")),
            Map.entry("acronym", List.of("sigle", "acronym")),
            Map.entry("roles", List.of("rôles", "roles")),
            Map.entry("fullName", List.of("nom", "name")),
            Map.entry("honorific", List.of("civilité", "honorific")),
            Map.entry("postTitle", List.of("fonction", "post")),
            Map.entry("ministry", List.of("ministère", "ministry")),
            Map.entry("precedence", List.of("préséance", "precedence")),
            Map.entry("type", List.of("nature", "type")),
            Map.entry("summary", List.of("résumé", "summary")),
            Map.entry("track", List.of("piste", "track")),
            Map.entry("languages", List.of("langues", "languages")),
            Map.entry("status", List.of("état", "status")),
            Map.entry("expectedAttendance", List.of("affluence attendue", "expected attendance")),
            Map.entry("statements", List.of("déclarations", "statements")),
            Map.entry("parallelAllowed", List.of("parallèle permis", "parallel allowed")),
            Map.entry("origin", List.of("origine", "origin")),
            Map.entry("source", List.of("source", "source")),
            Map.entry("url", List.of("adresse web", "web address")),
            Map.entry("links", List.of("liens", "links")));

    private FieldWords() {
    }

    /**
     * @param field  a component's name, e.g. {@code capacity}
     * @param french whether the words are French
     * @return the component in words, e.g. {@code capacité}
     */
    static String of(String field, boolean french) {
        List<String> words = WORDS.get(field);
        return words == null ? field : words.get(french ? 0 : 1);
    }

    /** @return the components in words, joined by commas, e.g. {@code capacité, nom} */
    static String all(List<String> fields, boolean french) {
        return fields.stream().map(f -> of(f, french)).distinct().collect(Collectors.joining(", "));
    }

    /** @return the names of every component the table words, for a test that none is missing */
    static Set<String> known() {
        return WORDS.keySet();
    }
}
