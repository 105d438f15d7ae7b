package org.digitalweek.event.domain.error;

/**
 * A count with its noun, written out in each language's plural rule, so that no message says
 * {@code problème(s)}: {@code 0 problème}, {@code 1 problème}, {@code 2 problèmes} in French (zero
 * and one are singular), {@code 0 problems}, {@code 1 problem}, {@code 2 problems} in English. One
 * place for every module.
 */
public final class Plurals {

    private Plurals() {
    }

    /**
     * @param count    how many
     * @param singular the French noun for one, e.g. {@code problème}
     * @param plural   the French noun for several, e.g. {@code problèmes}
     * @return e.g. {@code 2 problèmes}
     */
    public static String french(long count, String singular, String plural) {
        return count + " " + (Math.abs(count) < 2 ? singular : plural);
    }

    /**
     * @param count    how many
     * @param singular the English noun for one, e.g. {@code problem}
     * @param plural   the English noun for several, e.g. {@code problems}
     * @return e.g. {@code 1 problem}
     */
    public static String english(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /**
     * @param language   a BCP 47 tag
     * @param count      how many
     * @param singularFr the French noun for one
     * @param pluralFr   the French noun for several
     * @param singularEn the English noun for one
     * @param pluralEn   the English noun for several
     * @return the count and its noun in that language
     */
    public static String of(String language, long count, String singularFr, String pluralFr, String singularEn,
            String pluralEn) {
        return Bilingual.pick(language, french(count, singularFr, pluralFr), english(count, singularEn, pluralEn));
    }
}
