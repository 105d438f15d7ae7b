package org.digitalweek.event.export.html;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.WebAddresses;
import org.digitalweek.event.export.labels.FormatLabels;

/**
 * A session's page and links in the programme page: its title leads to its page, and its links are
 * listed, each by its title or, without one, by the word for its kind. Every address is an absolute
 * http or https one (checked again here, so that no {@code javascript:} ever reaches an
 * {@code href}), escaped as an attribute value, and opens with {@code rel="noopener"}: the pages are
 * other sites'.
 */
final class LinkList {

    private static final String EXTERNAL = "external noopener";

    private final Markup page;

    LinkList(Markup page) {
        this.page = page;
    }

    /**
     * Opens the link to the session's page around its title, when it has a page.
     *
     * @return whether a link was opened, to close after the title
     */
    boolean openPage(Session session) throws IOException {
        if (session.url().filter(WebAddresses::isValid).isEmpty()) {
            return false;
        }
        page.html.open("a", "href", session.url().get().toString(), "rel", EXTERNAL);
        return true;
    }

    /** Writes the list of the session's links, if it has any. */
    void write(Session session) throws IOException {
        if (session.links().isEmpty()) {
            return;
        }
        HtmlWriter html = page.html;
        html.open("ul", "class", "links", "aria-label", FormatLabels.links(page.words.reader())).newline();
        for (SessionLink link : session.links()) {
            URI url = link.url();
            if (!WebAddresses.isValid(url)) {
                continue;
            }
            html.open("li", "class", "link " + link.kind().name().toLowerCase(Locale.ROOT))
                    .open("a", "href", url.toString(), "rel", EXTERNAL);
            if (link.title().isEmpty()) {
                html.text(FormatLabels.of(link.kind(), page.words.reader()));
            } else {
                page.localized(link.title());
            }
            html.close("a").close("li").newline();
        }
        html.close("ul").newline();
    }
}
