package org.digitalweek.event.domain.model.planted;

import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * Breaks "the public model cannot reach internal records": a public type that carries a protocol
 * file beside the public view, so that anything handed this type could show it.
 *
 * @param view the public view
 * @param file the protocol office's file on an official
 */
public record PlantedLeakyModel(PublicEdition view, ProtocolFile file) {
}
