package org.digitalweek.event.export.frab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.export.schedule.MintedGuids;

/**
 * The guid, integer id and slug of each event of a schedule. A session's first event reuses its
 * source's guid and slug as the source wrote them, and its source's id when it is a positive integer
 * written as such (as frab's {@code id} must be), so that an app that keys favourites by guid keeps
 * them and a round trip keeps them. A guid or slug that today's XSD or schemas refuse (31C3's
 * base64 guids, FOSDEM's slugs without a hyphen, pretalx's upper-case codes) is the one the source
 * published and apps know, and is kept all the same: only minted keys are sure to follow the
 * patterns. The first session (in
 * the order given) that claims a key has it, and no two events share a guid, an id or a slug even when
 * their sessions came from different sources. Every other key is minted as before: the guid from
 * {@link MintedGuids#session} (with the date for a later day's part), the id from the guid's bits
 * ({@link NameBasedIds#integers}), the slug {@code <acronym>-<id>-<slug of the session id>}.
 */
final class EventKeys {

    /**
     * The keys of one event.
     *
     * @param guid its guid, as the source wrote it or minted
     * @param id   its integer id
     * @param slug its slug
     */
    record Keys(String guid, int id, String slug) {
    }

    private static final Pattern POSITIVE_INTEGER = Pattern.compile("[1-9][0-9]{0,9}");

    private EventKeys() {
    }

    /**
     * @param parts   every event, in a stable order
     * @param edition the edition's id, in minted guids
     * @param acronym the schedule's acronym, in minted slugs
     * @return the keys of each event, in the same order
     */
    static List<Keys> of(List<DayPart> parts, String edition, String acronym) {
        Set<String> guids = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        String[] guid = new String[parts.size()];
        Integer[] id = new Integer[parts.size()];
        String[] slug = new String[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).part() == 1) {
                SourceIdentity source = parts.get(i).session().source();
                guid[i] = source.guid().filter(g -> guids.add(g.toLowerCase(Locale.ROOT))).orElse(null);
                id[i] = sourceId(source).filter(ids::add).orElse(null);
                slug[i] = source.slug().filter(slugs::add).orElse(null);
            }
        }
        List<UUID> minted = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (guid[i] == null) {
                guid[i] = mint(parts.get(i), edition, guids);
            }
            if (id[i] == null) {
                minted.add(seed(guid[i]));
            }
        }
        Map<UUID, Integer> mintedIds = NameBasedIds.integers(minted, ids);
        List<Keys> keys = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int number = id[i] != null ? id[i] : mintedIds.get(seed(guid[i]));
            String own = slug[i] != null ? slug[i] : mintSlug(acronym + "-" + number + "-"
                    + Slugs.of(parts.get(i).session().id().value()), slugs);
            keys.add(new Keys(guid[i], number, own));
        }
        return List.copyOf(keys);
    }

    /** The UUID an integer id is taken from: the guid itself, or, for a guid that is no UUID, one minted from it. */
    private static UUID seed(String guid) {
        return MintedGuids.isUuid(guid) ? UUID.fromString(guid) : MintedGuids.of("guid:" + guid);
    }

    private static Optional<Integer> sourceId(SourceIdentity source) {
        return source.id().filter(t -> POSITIVE_INTEGER.matcher(t).matches()).map(Long::parseLong)
                .filter(n -> n <= Integer.MAX_VALUE).map(Long::intValue);
    }

    /** The session's minted guid, with the day for a later part; another, rarely, if a source took it. */
    private static String mint(DayPart part, String edition, Set<String> taken) {
        String name = part.session().id().value() + (part.part() == 1 ? "" : "/" + part.day());
        String guid = MintedGuids.session(edition, name).toString();
        for (int n = 2; !taken.add(guid); n++) {
            guid = MintedGuids.session(edition, name + "#" + n).toString();
        }
        return guid;
    }

    private static String mintSlug(String base, Set<String> taken) {
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
