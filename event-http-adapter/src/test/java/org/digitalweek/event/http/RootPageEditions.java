package org.digitalweek.event.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.http.support.TestApi;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A second edition for the root page's tests: the sample under another id, with titles that look like markup. */
final class RootPageEditions {

    /** The id of the naughty edition. */
    static final String NAUGHTY = "naughty-2027";
    /** Its French title: a script, an ampersand, quotes and guillemets. */
    static final String NAUGHTY_FR = "<script>alert('fr')</script> & « Semaine \"2027\" »";
    /** Its English title: an attribute break-out. */
    static final String NAUGHTY_EN = "\"><img src=x onerror=alert(1)> Week's </title>";

    private RootPageEditions() {
    }

    /** @param server a server whose library gets the naughty edition */
    static void importNaughty(TestApi server) {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream sample = TestApi.sampleDocument()) {
            ObjectNode document = (ObjectNode) json.readTree(sample);
            ObjectNode edition = (ObjectNode) document.get("edition");
            edition.put("id", NAUGHTY);
            edition.putObject("title").put("fr", NAUGHTY_FR).put("en", NAUGHTY_EN);
            server.library().documents().importEdition(
                    ImportEditionCommand.create("json", new ImportContext(NAUGHTY + ".json", Optional.empty())),
                    new ByteArrayInputStream(json.writeValueAsBytes(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
