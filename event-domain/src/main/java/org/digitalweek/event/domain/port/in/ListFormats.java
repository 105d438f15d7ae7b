package org.digitalweek.event.domain.port.in;

import java.util.List;
import java.util.Optional;

/** Use case: the formats found (the library's and those of any jar that adds one). */
public interface ListFormats {

    /**
     * @return one line per format id and media type, by id, saying whether it is exported, imported or both
     */
    List<FormatDescription> formats();

    /**
     * Recognises a document's import format from its name and first bytes.
     *
     * @param fileName the document's name, e.g. {@code schedule.xml}
     * @param head     its first characters (a few kilobytes are enough), decoded as UTF-8
     * @return the import format that reads it, if one recognises it
     */
    Optional<FormatDescription> importFormatOf(String fileName, String head);
}
