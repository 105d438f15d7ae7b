package org.digitalweek.event.persistence.json;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one writer of a store's folder at a time, across threads and across processes. Two locks,
 * because an operating system's file lock belongs to the whole process: within one JVM a second
 * {@link FileChannel#lock()} on the same file throws {@code OverlappingFileLockException}, and on
 * some systems closing any channel on the file releases the process's lock. So the threads of one
 * JVM first take a {@link ReentrantLock} shared by every store open on the folder, then the holder
 * takes the file lock on {@code .lock} for the processes.
 */
final class StoreLock {

    /** One lock per folder, by its real path, for every store of this JVM open on it. */
    private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final ReentrantLock threads;

    /** @param layout the store's layout; its folder is a real path */
    StoreLock(StoreLayout layout) {
        this.lockFile = layout.lockFile();
        this.threads = IN_THIS_JVM.computeIfAbsent(layout.folder(), folder -> new ReentrantLock());
    }

    /** A write done while holding the lock. */
    @FunctionalInterface
    interface Write<T> {
        T run() throws IOException;
    }

    /**
     * @param write what to do alone; blocks until the lock is free
     * @return what it returns
     * @throws IOException when the lock file cannot be opened or locked, or the write fails
     */
    <T> T holding(Write<T> write) throws IOException {
        threads.lock();
        try (FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), FileModes.ownerOnlyFile(lockFile.getParent()))) {
            channel.lock(); // released when the channel closes
            return write.run();
        } finally {
            threads.unlock();
        }
    }
}
