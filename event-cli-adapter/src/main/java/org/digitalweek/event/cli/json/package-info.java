/**
 * The {@code --json} output of {@code editions}, {@code programme}, {@code check}, {@code releases} and
 * {@code stats}: one UTF-8 JSON document on standard output per run, in the shapes that
 * {@code docs/cli-json.md} documents and {@code docs/schema/cli/*.schema.json} describe. The commands
 * call it with what the in-ports returned; it knows nothing of picocli or of the commands.
 */
package org.digitalweek.event.cli.json;
