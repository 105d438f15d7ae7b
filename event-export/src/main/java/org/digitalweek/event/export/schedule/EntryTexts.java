package org.digitalweek.event.export.schedule;

/**
 * The texts of a schedule entry in one more language, for schedules that translate them
 * ({@code schedule2}'s {@code {"fr": …, "en": …}}). Any part may be absent (null) or blank.
 *
 * @param title       the title in that language
 * @param subtitle    the subtitle
 * @param summary     the abstract
 * @param description the longer description
 */
public record EntryTexts(String title, String subtitle, String summary, String description) {
}
