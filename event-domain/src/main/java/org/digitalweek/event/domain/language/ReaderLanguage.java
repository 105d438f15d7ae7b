package org.digitalweek.event.domain.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one policy that decides the language of every text a person reads: exports, messages,
 * findings, diffs and the command's output. The languages tried, in order, are the requested
 * BCP 47 tag and its shorter forms ({@code fr-ML} then {@code fr}), the edition's own language,
 * French, then English.
 *
 * <p>The library writes its own words (labels, messages) in French and English only: for those it
 * takes the first language of that chain that is French or English ({@link #words()}). An edition's
 * own texts take the first language of the chain that the text has, else any language it has
 * ({@link #choose(Map)}). So a request for {@code de} or {@code bm} gives French words for an
 * edition written in French, and English words for one written in English only.
 */
public final class ReaderLanguage {

    /** Policies without an edition, by the tag asked for: every text of every export asks for one. */
    private static final Map<String, ReaderLanguage> WITHOUT_EDITION = new ConcurrentHashMap<>();
    private static final int MOST_KEPT = 256;
    private static final ReaderLanguage NONE_ASKED = new ReaderLanguage(Optional.empty(), Optional.empty());

    private final Optional<String> requested;
    private final Optional<String> edition;
    private final List<String> chain;
    private final String words;

    private ReaderLanguage(Optional<String> requested, Optional<String> edition) {
        this.requested = requested;
        this.edition = edition;
        Set<String> tried = new LinkedHashSet<>();
        requested.ifPresent(tag -> tried.addAll(LanguageTags.forms(tag)));
        edition.ifPresent(tag -> tried.addAll(LanguageTags.forms(tag)));
        tried.add(LanguageTags.FRENCH);
        tried.add(LanguageTags.ENGLISH);
        this.chain = List.copyOf(tried);
        this.words = chain.stream().filter(tag -> tag.equals(LanguageTags.FRENCH) || tag.equals(LanguageTags.ENGLISH))
                .findFirst().orElseThrow();
    }

    /**
     * @param requestedTag the tag a person asked for; null, blank or not well-formed means none
     * @return the policy for texts that belong to no edition (messages, errors)
     */
    public static ReaderLanguage of(String requestedTag) {
        Optional<String> requested = LanguageTags.canonical(requestedTag == null ? null : requestedTag.strip());
        if (requested.isEmpty()) {
            return NONE_ASKED;
        }
        ReaderLanguage known = WITHOUT_EDITION.get(requested.get());
        if (known != null) {
            return known;
        }
        ReaderLanguage policy = new ReaderLanguage(requested, Optional.empty());
        if (WITHOUT_EDITION.size() < MOST_KEPT) {
            WITHOUT_EDITION.put(requested.get(), policy);
        }
        return policy;
    }

    /**
     * @param requestedTag    the tag a person asked for; null, blank or not well-formed means none
     * @param editionLanguage the edition's own language (see {@code PublicEdition#defaultLanguage()})
     * @return the policy for the texts of that edition
     */
    public static ReaderLanguage of(String requestedTag, String editionLanguage) {
        return of(requestedTag).forEdition(editionLanguage);
    }

    /**
     * @param editionLanguage the edition's own language; null or not well-formed means none
     * @return this request, for the texts of an edition in that language
     */
    public ReaderLanguage forEdition(String editionLanguage) {
        return new ReaderLanguage(requested, LanguageTags.canonical(editionLanguage));
    }

    /**
     * @param requestedTag another tag asked for, such as the language of one translation of a text
     * @return the policy for that request, for the same edition
     */
    public ReaderLanguage asking(String requestedTag) {
        ReaderLanguage request = of(requestedTag);
        return edition.isEmpty() ? request : new ReaderLanguage(request.requested, edition);
    }

    /** @return the canonical tag asked for, if any was asked for and well-formed */
    public Optional<String> requested() {
        return requested;
    }

    /** @return the edition's own language, when the texts belong to an edition */
    public Optional<String> editionLanguage() {
        return edition;
    }

    /** @return the languages tried, in order, without repeats; it ends with French and English */
    public List<String> chain() {
        return chain;
    }

    /** @return the language of the library's own words: {@code fr} or {@code en} */
    public String words() {
        return words;
    }

    /** @return whether the library's own words are French */
    public boolean french() {
        return words.equals(LanguageTags.FRENCH);
    }

    /**
     * @param french  the French form
     * @param english the English form
     * @param <T>     the kind of form (a text, a set of labels)
     * @return the form in the language of the library's own words
     */
    public <T> T pick(T french, T english) {
        return french() ? french : english;
    }

    /**
     * The tag to declare on an output written in the library's words ({@code lang}, {@code @language}):
     * the requested tag when it is of that language ({@code fr-ML} stays {@code fr-ML}), else the words'.
     *
     * @return a canonical BCP 47 tag
     */
    public String tag() {
        return requested.filter(tag -> LanguageTags.forms(tag).contains(words)).orElse(words);
    }

    /**
     * @param textByLanguage a text per canonical tag, such as an edition's title
     * @return the text in the first language of the chain that it has, else in the first language it
     *         has, else the empty string
     */
    public String choose(Map<String, String> textByLanguage) {
        Objects.requireNonNull(textByLanguage, "'textByLanguage' must not be null");
        for (String candidate : chain) {
            String text = textByLanguage.get(candidate);
            if (text != null) {
                return text;
            }
        }
        return textByLanguage.values().stream().findFirst().orElse("");
    }

    /**
     * @param available the languages a text has, as canonical tags
     * @return the first of them in the chain, else the first of them, if any
     */
    public Optional<String> choose(List<String> available) {
        Objects.requireNonNull(available, "'available' must not be null");
        return chain.stream().filter(available::contains).findFirst().or(() -> available.stream().findFirst());
    }

    /**
     * @param languages the languages some texts are written in, as canonical tags
     * @return the main one: the first that is French, then English, then the first given
     */
    public static Optional<String> mainOf(List<String> languages) {
        List<String> ordered = new ArrayList<>(languages);
        ordered.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return ordered.stream().findFirst();
    }

    private static int rank(String tag) {
        List<String> forms = LanguageTags.forms(tag);
        return forms.contains(LanguageTags.FRENCH) ? 0 : forms.contains(LanguageTags.ENGLISH) ? 1 : 2;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReaderLanguage that && requested.equals(that.requested) && edition.equals(that.edition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requested, edition);
    }

    @Override
    public String toString() {
        return "ReaderLanguage" + chain + " words " + words;
    }
}
