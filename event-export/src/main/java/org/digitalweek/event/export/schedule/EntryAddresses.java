package org.digitalweek.event.export.schedule;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.draft.LinkDraft;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.WebAddresses;

/**
 * The web addresses of schedule entries (their pages, their links): a relative address is resolved
 * against the schedule's base address when it gives one; what still does not follow {@link
 * WebAddresses} (another scheme, a space, no host) is dropped, said once for the whole schedule; a
 * link given twice (same address, same kind, as FOSDEM lists some) is kept once, and said.
 */
final class EntryAddresses {

    /** A link as the duplicate check compares it: the same address and kind. */
    private record Seen(String url, LinkKind kind) {
    }

    private final Optional<URI> base;
    private final Repairs repairs;

    /**
     * @param baseUrl the schedule's base address, if any (null); unusable counts as none
     * @param repairs where a dropped address is said
     */
    EntryAddresses(String baseUrl, Repairs repairs) {
        this.base = Sessions.blank(baseUrl) ? Optional.empty() : WebAddresses.parse(baseUrl.strip());
        this.repairs = repairs;
    }

    /**
     * @param entry the entry
     * @return its page, absolute, when it has a usable one
     */
    Optional<String> page(ScheduleEntry entry) {
        return address(entry.url(), entry.place());
    }

    /**
     * @param entry    the entry
     * @param language the language its texts are held in: the links' titles are in it
     * @return its usable links, in order; null when none, as a draft leaves absent parts
     */
    List<LinkDraft> links(ScheduleEntry entry, String language) {
        List<LinkDraft> links = new ArrayList<>();
        Set<Seen> seen = new HashSet<>();
        for (EntryLink link : entry.links()) {
            Optional<String> url = address(link.url(), entry.place());
            if (url.isPresent() && !seen.add(new Seen(url.get(), link.kind()))) {
                repairs.addRepeated("link twice", entry.place(), "lien donné deux fois (même adresse, même genre) : "
                        + "gardé une fois", "link given twice (same address, same kind): kept once");
            } else if (url.isPresent()) {
                links.add(new LinkDraft(url.get(), Sessions.blank(link.title()) ? null
                        : Map.of(language, link.title().strip()), link.kind()));
            }
        }
        return links.isEmpty() ? null : links;
    }

    private Optional<String> address(String written, DocumentPlace place) {
        if (Sessions.blank(written)) {
            return Optional.empty();
        }
        String text = written.strip();
        if (PlainAddresses.isPlain(text)) {
            return Optional.of(text);
        }
        Optional<URI> usable = WebAddresses.parse(text).or(() -> resolved(text));
        if (usable.isEmpty()) {
            repairs.addRepeated("unusable web address", place, "adresse web inutilisable ignorée (ni http ni "
                    + "https absolue, ou avec un espace)", "unusable web address dropped (not an absolute http or "
                    + "https address, or with a space)");
        }
        return usable.map(URI::toString);
    }

    /** The address resolved against the base, when it is relative and there is a base. */
    private Optional<URI> resolved(String text) {
        if (base.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI relative = new URI(text);
            if (relative.isAbsolute()) {
                return Optional.empty();
            }
            return WebAddresses.parse(base.get().resolve(relative).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
