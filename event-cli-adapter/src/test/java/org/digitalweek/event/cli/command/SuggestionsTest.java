package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The names a misspelt command or option probably meant. */
class SuggestionsTest {

    private static final Map<String, String> COMMANDS = names("editions", "show", "programme", "check", "session",
            "publish", "releases", "archive", "diff", "export", "import", "formats", "clone", "stats", "serve",
            "completion");

    @Test
    void aTypoOfOneOrTwoEditsFindsTheCommand() {
        assertThat(Suggestions.closest("programe", COMMANDS)).containsExactly("programme");
        assertThat(Suggestions.closest("porgramme", COMMANDS)).containsExactly("programme");
        assertThat(Suggestions.closest("shwo", COMMANDS)).containsExactly("show");
        assertThat(Suggestions.closest("improt", COMMANDS)).containsExactly("import");
        assertThat(Suggestions.closest("PROGRAMME", COMMANDS)).containsExactly("programme");
    }

    @Test
    void theBeginningOfANameFindsEveryNameItBegins() {
        assertThat(Suggestions.closest("pub", COMMANDS)).containsExactly("publish");
        assertThat(Suggestions.closest("e", COMMANDS)).containsExactly("editions", "export");
        assertThat(Suggestions.closest("se", COMMANDS)).containsExactly("session", "serve");
    }

    @Test
    void equallyCloseNamesAreAllSuggestedAndCloserOnesWin() {
        assertThat(Suggestions.closest("serv", COMMANDS)).containsExactly("serve");
        assertThat(Suggestions.closest("stat", COMMANDS)).containsExactly("stats");
        assertThat(Suggestions.closest("shaw", names("show", "shaw-x", "chow"))).containsExactly("shaw-x");
        assertThat(Suggestions.closest("cat", names("bat", "hat", "car"))).containsExactly("bat", "hat", "car");
    }

    @Test
    void nothingCloseIsNoSuggestion() {
        assertThat(Suggestions.closest("xyzzy", COMMANDS)).isEmpty();
        assertThat(Suggestions.closest("help", COMMANDS)).isEmpty();
        assertThat(Suggestions.closest("ab", names("cd", "ef"))).isEmpty();
        assertThat(Suggestions.closest("--", names("--lang"))).isEmpty();
    }

    @Test
    void anOptionIsFoundByItsNameAndAnAliasGivesItsCommand() {
        Map<String, String> options = names("--store", "--lang", "--verbose", "--help", "-h", "--day", "--room");
        assertThat(Suggestions.closest("--lnag", options)).containsExactly("--lang");
        assertThat(Suggestions.closest("-day", options)).containsExactly("--day");
        assertThat(Suggestions.closest("--romm", options)).containsExactly("--room");
        assertThat(Suggestions.closest("--zzz", options)).isEmpty();

        Map<String, String> aliased = new LinkedHashMap<>(COMMANDS);
        aliased.put("program", "programme");
        assertThat(Suggestions.closest("progam", aliased)).containsExactly("programme");
    }

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(Suggestions.distance("mvoe", "move")).isEqualTo(1);
        assertThat(Suggestions.distance("programe", "programme")).isEqualTo(1);
        assertThat(Suggestions.distance("abc", "xyz")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    private static Map<String, String> names(String... names) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : List.of(names)) {
            map.put(name, name);
        }
        return map;
    }
}
