package org.digitalweek.event.export.frabjson;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.export.frab.LinkWords;
import org.digitalweek.event.export.schedule.EntryLink;

/**
 * The page, logo, links and attachments of an event of {@code schedule.json} or {@code schedule2}:
 * {@code "url"} (this project's {@code urn:uuid:…} stand-in is no page), {@code "logo"} (a string in
 * {@code schedule.json}, {@code {"url": …}} in {@code schedule2}), and {@code "links"} and
 * {@code "attachments"}, arrays of {@code {"url", "title", "type"}}. A link's kind is its
 * {@code type} when it names one, else what its title says ({@link LinkWords}); an attachment is an
 * attachment whatever its {@code type}. The logo comes first, then the links, then the attachments,
 * whatever the document's order, so that a round trip gives the same list.
 */
final class References {

    private References() {
    }

    /**
     * @param event an event's fields
     * @return its public page as written, if any (null)
     */
    static String page(Fields event) {
        String url = event.text("url");
        return url == null || url.strip().startsWith(ScheduleJson.NO_PAGE) ? null : url;
    }

    /**
     * @param event an event's fields
     * @return its logo, links and attachments, in that order
     */
    static List<EntryLink> of(Fields event) {
        List<EntryLink> links = new ArrayList<>();
        String logo = logo(event);
        if (logo != null && !logo.isBlank()) {
            links.add(new EntryLink(logo.strip(), null, LinkKind.LOGO));
        }
        links.addAll(references(event, "links", "link", false));
        links.addAll(references(event, "attachments", "attachment", true));
        return links;
    }

    private static String logo(Fields event) {
        JsonNode value = event.value("logo").orElse(null);
        if (value == null || value.isString()) {
            return value == null ? null : value.stringValue();
        }
        return event.object("logo", event.label(), "logo").map(image -> {
            String url = image.text("url");
            image.derived("type");
            image.unknownRest();
            return url;
        }).orElse(null);
    }

    private static List<EntryLink> references(Fields event, String name, String kind, boolean attachments) {
        List<EntryLink> found = new ArrayList<>();
        for (Fields reference : event.elements(name, kind, "un objet avec « url »", "an object with \"url\"")) {
            String url = reference.text("url");
            String title = reference.text("title");
            String type = reference.text("type");
            reference.notKept("service");
            reference.unknownRest();
            found.add(new EntryLink(url, title == null || title.isBlank() ? null : title.strip(),
                    attachments ? LinkKind.ATTACHMENT : LinkWords.ofJson(type, title)));
        }
        return found;
    }
}
