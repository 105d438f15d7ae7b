package org.digitalweek.event.domain.error;

/** An edition does not hold the session, room, official or ministry a command refers to. */
public final class ItemNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String editionId;
    private final String kind;
    private final String itemId;
    private final String messageFr;

    /**
     * @param editionId the edition that was searched
     * @param kind      what was looked for, in English ({@code session}, {@code official}, …)
     * @param itemId    the id that was asked for
     */
    public ItemNotFoundException(String editionId, String kind, String itemId) {
        this(editionId, kind, itemId,
                "l'édition « " + editionId + " » n'a pas " + frenchNoun(kind) + " « " + itemId + " »",
                "edition '" + editionId + "' has no " + kind + " '" + itemId + "'");
    }

    /**
     * For an item that no edition holds, e.g. a format, with messages that say what the caller may ask for instead.
     *
     * @param editionId the edition that was searched, or {@code -} for none
     * @param kind      what was looked for, in English ({@code format})
     * @param itemId    the id that was asked for
     * @param messageFr the message in French
     * @param messageEn the message in English
     */
    public ItemNotFoundException(String editionId, String kind, String itemId, String messageFr, String messageEn) {
        super(messageEn);
        this.editionId = editionId;
        this.kind = kind;
        this.itemId = itemId;
        this.messageFr = messageFr;
    }

    /** @return the edition that was searched */
    public String editionId() {
        return editionId;
    }

    /** @return what was looked for */
    public String kind() {
        return kind;
    }

    /** @return the id that was asked for */
    public String itemId() {
        return itemId;
    }

    /** The kind in French words after « n'a pas », never the kind's own id: {@code de publication}. */
    private static String frenchNoun(String kind) {
        return switch (kind) {
            case "session" -> "de session";
            case "release" -> "de publication";
            case "official" -> "d'officiel";
            case "room" -> "de salle";
            case "track" -> "de parcours";
            case "format" -> "de format";
            default -> "d'élément « " + kind + " » nommé";
        };
    }

    @Override
    public String getMessage(String language) {
        return Bilingual.pick(language, messageFr, getMessage());
    }
}
