package org.digitalweek.event.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, where long work shows a progress line. Java says only whether
 * standard input and output are ({@link System#console()}); on Linux, {@code /proc/self/fd/2} names
 * the device standard error is, a pseudo-terminal ({@code /dev/pts/…}) or a terminal ({@code /dev/tty…}).
 * Where that cannot be read (another system), standard error is taken to be a terminal when standard
 * input and output are.
 */
final class StandardError {

    private StandardError() {
    }

    /** @return whether standard error is a terminal, as far as can be told without starting a process */
    static boolean isTerminal() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * @param device the file standard error is open on
     * @return whether it is a terminal's device
     */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    }
}
