package org.digitalweek.event.cli;

import java.util.Map;

/**
 * The locale of a command started as a child process: without {@code --lang}, {@code LC_ALL},
 * {@code LC_MESSAGES} and {@code LANG} choose the language it speaks, so a test that starts one says
 * which, whatever the locale of the machine or the CI that runs it.
 */
public final class ChildLocale {

    private ChildLocale() {
    }

    /**
     * @param environment a child's environment, changed: the POSIX locale in UTF-8, which asks for no
     *                    language (the command speaks French) and keeps the JVM's encodings UTF-8
     * @return the same environment
     */
    public static Map<String, String> neutral(Map<String, String> environment) {
        environment.remove("LC_MESSAGES");
        environment.put("LC_ALL", "C.UTF-8");
        environment.put("LANG", "C.UTF-8");
        return environment;
    }
}
