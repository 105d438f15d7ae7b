package org.digitalweek.event.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The bash and zsh completion script of the whole command tree: picocli's script, which completes
 * commands, options and the values of options with {@code completionCandidates} (session types,
 * roles), behind a function of ours, {@code _digitalweek}, which first completes the values picocli
 * cannot know: format ids (from the formats found), languages, and what the store holds (edition ids,
 * the sessions, rooms, people, tracks and releases of the edition already typed on the line, through the hidden
 * {@code __complete} command, with the line's {@code --store}) and time zones. Which option or
 * parameter takes which kind of value is read from the command tree when the script is made (by
 * option name and parameter label), so the script does not lag behind the commands.
 */
final class CompletionScript {

    /** The shell function that bash calls, ours. */
    static final String FUNCTION = "_digitalweek";

    /** The kind of value by parameter label or option name; a kind the store knows is run by {@code __complete}. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("EDITION", "editions"), Map.entry("EDITION|FILE", "editions+files"),
            Map.entry("SESSION", "sessions"), Map.entry("--session", "sessions"),
            Map.entry("ROOM", "rooms"), Map.entry("--room", "rooms"),
            Map.entry("PERSON", "people"), Map.entry("--person", "people"),
            Map.entry("TRACK", "tracks"), Map.entry("--track", "tracks"), Map.entry("RELEASE", "releases"),
            Map.entry("ZONE", "zones"), Map.entry("--time-zone", "zones"),
            Map.entry("FILE", "files"), Map.entry("--lang", "list:fr en"), Map.entry("--language", "list:fr en"));

    private CompletionScript() {
    }

    /**
     * @param root    the root of the whole command tree
     * @param exports the ids of the formats editions are exported to
     * @param imports the ids of the formats editions are imported from
     * @return the script
     */
    static String of(CommandLine root, List<String> exports, List<String> imports) {
        String picocli = AutoComplete.bash(root.getCommandName(), root);
        String name = root.getCommandName();
        String ours = "complete -F " + FUNCTION + " -o default " + name + " " + name + ".sh " + name + ".bash";
        String script = picocli.replace("complete -F _complete_" + name + " -o default " + name + " " + name + ".sh "
                + name + ".bash", ours);
        Map<String, String> kinds = new LinkedHashMap<>();
        List<String> commands = new ArrayList<>();
        walk(root, "", kinds, commands, String.join(" ", exports), String.join(" ", imports));
        int at = script.lastIndexOf(ours);
        return script.substring(0, at) + functions(kinds, commands, name) + "\n" + script.substring(at);
    }

    /** Records, for every command under {@code line}, the kind of value of each option and parameter. */
    private static void walk(CommandLine line, String path, Map<String, String> kinds, List<String> commands,
                             String exports, String imports) {
        CommandSpec spec = line.getCommandSpec();
        if (spec.usageMessage().hidden()) {
            return;
        }
        for (OptionSpec option : spec.options()) {
            if (option.arity().max() == 0) {
                continue;
            }
            String kind = kind(option, path, exports, imports);
            for (String optionName : option.names()) {
                kinds.put(path + "|" + optionName, kind);
            }
        }
        int index = 0;
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            String kind = KINDS.getOrDefault(positional.paramLabel(), "value");
            int last = positional.index().isUnspecified() || positional.index().max() == Integer.MAX_VALUE
                    ? index : positional.index().max();
            for (int i = positional.index().min(); i <= last; i++) {
                kinds.put(path + "|#" + i, kind);
            }
            if (positional.arity().max() == Integer.MAX_VALUE || positional.index().max() == Integer.MAX_VALUE) {
                kinds.put(path + "|#*", kind);
            }
            index = last + 1;
        }
        for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
            String subPath = path.isEmpty() ? sub.getKey() : path + " " + sub.getKey();
            if (!sub.getValue().getCommandSpec().usageMessage().hidden()) {
                commands.add(subPath);
            }
            walk(sub.getValue(), subPath, kinds, commands, exports, imports);
        }
    }

    private static String kind(OptionSpec option, String path, String exports, String imports) {
        if (option.completionCandidates() != null) {
            List<String> candidates = new ArrayList<>();
            for (String candidate : option.completionCandidates()) {
                candidates.add(candidate);
            }
            return "list:" + String.join(" ", candidates);
        }
        if (option.paramLabel().equals("FORMAT")) {
            return "list:" + (path.equals("export") ? exports : imports);
        }
        for (String optionName : option.names()) {
            if (KINDS.containsKey(optionName)) {
                return KINDS.get(optionName);
            }
        }
        return KINDS.getOrDefault(option.paramLabel(), "value");
    }

    /** @return the shell functions: the tables, then {@code _digitalweek} */
    private static String functions(Map<String, String> kinds, List<String> commands, String name) {
        StringBuilder text = new StringBuilder();
        text.append("# The kind of value an option or parameter of a command takes: _").append(name)
                .append("_kind 'COMMAND' OPTION|#INDEX.\n");
        text.append("function _").append(name).append("_kind() {\n  case \"$1|$2\" in\n");
        for (Map.Entry<String, String> entry : kinds.entrySet()) {
            text.append("    ").append(quote(entry.getKey())).append(") echo ").append(quote(entry.getValue()))
                    .append(" ;;\n");
        }
        text.append("  esac\n}\n\n");
        text.append("# Whether the words name a command: _").append(name).append("_is_command 'session move'.\n");
        text.append("function _").append(name).append("_is_command() {\n  case \"$1\" in\n");
        for (String command : commands) {
            text.append("    ").append(quote(command)).append(") return 0 ;;\n");
        }
        text.append("  esac\n  return 1\n}\n\n");
        text.append(MAIN.replace("@NAME@", name).replace("_COMPLETE_", CompleteValuesCommand.NAME));
        return text.toString();
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /**
     * Our entry point. Bash splits {@code file:PATH} and {@code --opt=value} at {@code :} and {@code =}:
     * those pieces are joined again. The line is read to find the command, the line's {@code --store},
     * the edition (the command's first parameter), and what the current word is the value of.
     */
    private static final String MAIN = """
            # Completes the values picocli cannot know, else asks picocli's _complete_@NAME@.
            function _@NAME@() {
              local -a line_words=()
              local w last="" have=0 glue=0 j=0 cword=0
              for w in "${COMP_WORDS[@]}"; do
                if [ "$have" -eq 1 ] && { [ "$glue" -eq 1 ] || [ "$w" = ":" ] || [ "$w" = "=" ]; }; then
                  last="$last$w"
                else
                  [ "$have" -eq 1 ] && line_words+=("$last")
                  last="$w"
                  have=1
                fi
                if [ "$w" = ":" ] || [ "$w" = "=" ]; then glue=1; else glue=0; fi
                [ "$j" -eq "$COMP_CWORD" ] && cword=${#line_words[@]}
                j=$((j + 1))
              done
              line_words+=("$last")
              local cur="${line_words[cword]}" path="" edition="" kind="" values="" files=0 positional=0 i=1
              local -a store=()
              while [ "$i" -lt "$cword" ]; do
                w="${line_words[i]}"
                case "$w" in
                  --store) store=(--store "${line_words[i+1]}"); i=$((i + 1)) ;;
                  --store=*) store=("$w") ;;
                  -*=*) ;;
                  -*) [ -n "$(_@NAME@_kind "$path" "$w")" ] && i=$((i + 1)) ;;
                  *)
                    if [ "$positional" -eq 0 ] && _@NAME@_is_command "${path:+$path }$w"; then
                      path="${path:+$path }$w"
                    else
                      [ "$positional" -eq 0 ] && edition="$w"
                      positional=$((positional + 1))
                    fi
                    ;;
                esac
                i=$((i + 1))
              done
              local prev="${line_words[cword-1]}"
              if [[ "$cur" == -* ]]; then
                kind=""
              elif [ "$cword" -gt 1 ] && [[ "$prev" == -* ]] && [[ "$prev" != *=* ]] \\
                  && [ -n "$(_@NAME@_kind "$path" "$prev")" ]; then
                kind="$(_@NAME@_kind "$path" "$prev")"
              else
                kind="$(_@NAME@_kind "$path" "#$positional")"
                [ -z "$kind" ] && kind="$(_@NAME@_kind "$path" "#*")"
              fi
              case "$kind" in
                list:*) values="${kind#list:}"; values="${values// /$'\\n'}" ;;
                editions|zones) values="$("${line_words[0]}" "${store[@]}" _COMPLETE_ "$kind" 2>/dev/null)" ;;
                sessions|rooms|people|tracks|releases)
                  values="$("${line_words[0]}" "${store[@]}" _COMPLETE_ "$kind" "$edition" 2>/dev/null)" ;;
                editions+files)
                  values="$("${line_words[0]}" "${store[@]}" _COMPLETE_ editions 2>/dev/null)"
                  files=1 ;;
                files) files=1 ;;
                value)
                  type compopt &>/dev/null && compopt +o default 2>/dev/null
                  COMPREPLY=()
                  return 0 ;;
                *) _complete_@NAME@ "$@"; return $? ;;
              esac
              if [ "$files" -eq 0 ]; then type compopt &>/dev/null && compopt +o default 2>/dev/null; fi
              local IFS=$'\\n'
              COMPREPLY=( $(compgen -W "$values" -- "$cur") )
              if [ "$files" -eq 1 ]; then COMPREPLY+=( $(compgen -f -- "$cur") ); fi
              return 0
            }
            """;
}
