/**
 * The JSON-file store: editions kept as files in a folder, for a team that keeps its programme on
 * a laptop and versions it with git. Open it with
 * {@link org.digitalweek.event.persistence.json.JsonFileEditions#open(java.nio.file.Path)} or, through
 * the {@code EditionsProvider} service, with the URI {@code file:PATH}.
 *
 * <h2>Layout</h2>
 * <pre>
 * FOLDER/
 *   .lock                      locked by the one writer at a time; empty
 *   snm-2026.json              the edition snm-2026: public content, internal records, release count
 *   snm-2026.releases/1.json   its release 1, written once and never rewritten
 *   snm-2026.releases/2.json   its release 2
 * </pre>
 * A file is named after its edition's id, with {@code :} written {@code %3A}, or {@code +} when that
 * spelling would make a file name longer than 255 bytes (see {@code StoreLayout}). Files whose names
 * are not {@code <id>.json} for a valid id are not the store's and are ignored, as are names that
 * start with a dot. A team that versions the folder may ignore {@code .lock} and {@code .*.tmp}.
 *
 * <h2>Format</h2>
 * Each file is one JSON object, UTF-8, two spaces of indent, {@code "\n"} line ends and a final
 * newline; properties in a fixed order, maps by key; absent optional values left out. The same
 * edition always gives the same bytes, and a change touches only its own lines, so {@code git diff}
 * shows what changed and nothing else. Nothing is written that is not data: no time of saving.
 * <pre>
 * {
 *   "format": "digitalweek-store",
 *   "formatVersion": 2,
 *   "releaseCount": 1,
 *   "edition": { "id": "snm-2026", "series": {…}, …, "status": "PUBLISHED", "version": 4, … },
 *   "internal": { "protocolFiles": { "host-minister": { "contacts": […], "notes": "…" } } }
 * }
 * </pre>
 * A release file is {@code {"format": "digitalweek-store-release", "formatVersion": 2, "edition",
 * "number", "label", "publishedAt", "programme": {…}}}, its programme shaped as {@code edition} above.
 * A file of an older format version is upgraded as it is read, step by step
 * ({@code Migrations}); one of a newer version is refused, and left as it is.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>Atomic writes.</b> A file is written to a temporary file beside it, forced to disk,
 *       renamed over the old one in one step, and the folder is forced. A crash leaves the old
 *       file or the new one, never a mix; a temporary file it leaves is ignored, and removed when
 *       the store is next opened.</li>
 *   <li><b>Private files.</b> The files hold protocol contacts: files the store creates are its
 *       owner's only (600) and so are its folders (700); a replaced file keeps the permissions,
 *       owner and group of the one it replaces.</li>
 *   <li><b>Publication.</b> The release file is written first, then the edition file with its
 *       {@code releaseCount} one higher. The edition file is the truth for reads: a release file
 *       numbered above its count (a publication or deletion cut short, an older edition file
 *       restored) is not returned. It is never overwritten either: a publication that finds one is
 *       refused, unless the file holds exactly what it would write (the same publication, retried).</li>
 *   <li><b>One writer at a time.</b> Saves, publications and deletions hold the folder's lock, a
 *       file lock on {@code .lock} across processes and a lock shared by every store of the JVM
 *       on the folder; holding it, they read the stored version, refuse a stale one with a
 *       {@code VersionConflictException}, then write. Reads take no lock: they read whole files,
 *       which renames replace whole.</li>
 *   <li><b>Errors.</b> A file that cannot be read (not UTF-8, not well-formed JSON, a wrong type,
 *       a missing or unknown property, a value the model refuses, a file of another program) gives
 *       an {@code UnreadableDocumentException} naming the file, the line and column, the JSON
 *       pointer and the rule; the file is never changed by a read. A listing fails on such a file
 *       rather than leaving an edition out. A failure of the disk gives a
 *       {@code StorageFailureException} naming the folder.</li>
 * </ul>
 */
package org.digitalweek.event.persistence.json;
