package org.digitalweek.event.domain.error;

import java.util.List;

/** A store URI that no store opens, or that is malformed. Nothing was opened. */
public final class StoreUriException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String uri;
    private final String ruleFr;
    private final List<String> supported;

    /**
     * @param uri       the URI given
     * @param ruleFr    what is wrong, in French
     * @param ruleEn    what is wrong, in English
     * @param supported the forms of URI that can be opened, e.g. {@code file:PATH}
     */
    public StoreUriException(String uri, String ruleFr, String ruleEn, List<String> supported) {
        super("store '" + uri + "': " + ruleEn + "; supported: " + String.join(", ", supported));
        this.uri = uri;
        this.ruleFr = ruleFr;
        this.supported = List.copyOf(supported);
    }

    /** @return the URI given */
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
