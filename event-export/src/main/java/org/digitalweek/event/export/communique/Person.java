package org.digitalweek.event.export.communique;

import java.util.Optional;

/**
 * A person as the communiqué names them, every part already in the communiqué's language.
 *
 * @param name       the honorific and name, with a note mark if the person is illustrative
 * @param post       the post title; may be empty
 * @param country    the country of their ministry, when the post does not name it already; may be empty
 * @param onBehalfOf the authority they act for, if any
 */
record Person(String name, String post, String country, Optional<String> onBehalfOf) {
}
