package org.digitalweek.event.domain.error;

import java.util.List;

/**
 * A store URI that no store opens, or that is malformed. Nothing was opened. The URI and the rules
 * are kept with every password of the URI replaced by {@code ***} ({@link UriSecrets}), so that no
 * message shows one, whoever built the exception.
 */
public final class StoreUriException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String uri;
    private final String ruleFr;
    private final List<String> supported;

    /**
     * @param uri       the URI given; shown without its passwords
     * @param ruleFr    what is wrong, in French; any password of the URI in it is masked
     * @param ruleEn    what is wrong, in English; any password of the URI in it is masked
     * @param supported the forms of URI that can be opened, e.g. {@code file:PATH}
     */
    public StoreUriException(String uri, String ruleFr, String ruleEn, List<String> supported) {
        super("store '" + UriSecrets.masked(uri) + "': " + UriSecrets.scrub(ruleEn, uri) + "; supported: "
                + String.join(", ", supported));
        this.uri = UriSecrets.masked(uri);
        this.ruleFr = UriSecrets.scrub(ruleFr, uri);
        this.supported = List.copyOf(supported);
    }

    /** @return the URI given, with every password replaced by {@code ***} */
    public String uri() {
        return uri;
    }

    /** @return the forms of URI that can be opened */
    public List<String> supported() {
        return supported;
    }

    @Override
    public String getMessage(String language) {
        return Bilingual.pick(language,
                "magasin « " + uri + " » : " + ruleFr + " ; pris en charge : " + String.join(", ", supported),
                getMessage());
    }
}
