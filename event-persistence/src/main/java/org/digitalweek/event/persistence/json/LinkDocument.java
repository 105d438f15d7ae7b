package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.text;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.SessionLink;

/** A session's link, {@link SessionLink}, as stored; a link without a title stores none. */
record LinkDocument(String url, Optional<Map<String, String>> title, LinkKind kind) {

    static LinkDocument of(SessionLink link) {
        return new LinkDocument(link.url().toString(),
                link.title().isEmpty() ? Optional.empty() : Optional.of(link.title().values()), link.kind());
    }

    SessionLink toModel(String at) {
        return at(at, () -> new SessionLink(Conversions.webAddress(url, child(at, "url")),
                text(title.orElse(Map.of()), child(at, "title")), kind));
    }
}
