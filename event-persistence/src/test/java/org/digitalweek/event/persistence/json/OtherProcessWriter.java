package org.digitalweek.event.persistence.json;

import java.nio.file.Path;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.model.EditionId;

/**
 * A writer in a process of its own, for {@link ConcurrentWritersTest}: saves an edition a number of
 * times, reloading and retrying on each conflict, the way a user of the command line would.
 */
public final class OtherProcessWriter {

    private OtherProcessWriter() {
    }

    /**
     * @param args the store's folder, the edition id, how many updates to make
     */
    public static void main(String[] args) {
        JsonFileEditions store = JsonFileEditions.open(Path.of(args[0]));
        updateRepeatedly(store, new EditionId(args[1]), Integer.parseInt(args[2]));
    }

    /**
     * @param store   a store
     * @param id      an edition in it
     * @param updates how many saves must succeed
     * @return how many conflicts were met on the way
     */
    static int updateRepeatedly(JsonFileEditions store, EditionId id, int updates) {
        int conflicts = 0;
        for (int done = 0; done < updates; ) {
            Edition current = store.load(id).orElseThrow();
            try {
                store.save(current, current.version());
                done++;
            } catch (VersionConflictException e) {
                conflicts++;
            }
        }
        return conflicts;
    }
}
