package org.digitalweek.event.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.digitalweek.event.export.support.ExternalTools;

/**
 * Expands and flattens a JSON-LD export with Debian's {@code python3-pyld}, offline: its document
 * loader answers {@code https://schema.org/} with a local minimal context ({@code @vocab} schema.org,
 * the enumeration-valued properties coerced to IRIs) and refuses every other URL, so no test ever
 * reaches the network. Then it checks the graph as a linked-data consumer sees it.
 */
final class PyLd {

    private static final String SCRIPT = """
            import json, re, sys
            from pyld import jsonld

            S = 'https://schema.org/'
            LOCAL = {'@context': {'@vocab': S,
                                  'eventStatus': {'@type': '@id'},
                                  'eventAttendanceMode': {'@type': '@id'},
                                  'url': {'@type': '@id'}}}

            def offline(url, options=None):
                if url in ('https://schema.org/', 'https://schema.org', 'http://schema.org/'):
                    return {'contextUrl': None, 'documentUrl': url, 'document': LOCAL}
                raise jsonld.JsonLdError('offline test: will not fetch ' + url, 'jsonld.LoadDocumentError')

            jsonld.set_document_loader(offline)
            path, mode = sys.argv[1], sys.argv[2]
            with open(path, encoding='utf-8') as f:
                doc = json.load(f)
            expanded = jsonld.expand(doc, {'documentLoader': offline})
            nodes = {n['@id']: n for n in jsonld.flatten(expanded, None, {'documentLoader': offline})}

            def types(node): return set(node.get('@type', []))
            def values(node, prop): return [v.get('@value', v.get('@id')) for v in node.get(S + prop, [])]
            def value(node, prop):
                found = values(node, prop)
                assert len(found) == 1, '%s of %s: %r' % (prop, node['@id'], found)
                return found[0]
            def linked(node, prop): return [nodes[v['@id']] for v in node.get(S + prop, [])]
            def of_type(t): return [n for n in nodes.values() if S + t in types(n)]

            for t in ('EventSeries', 'Event', 'Place', 'GovernmentOrganization', 'Person'):
                assert of_type(t), 'no node of type ' + t
            edition = [n for n in of_type('Event') if S + 'subEvent' in n]
            assert len(edition) == 1, edition
            edition = edition[0]
            assert S + 'EventSeries' in types(linked(edition, 'superEvent')[0])
            assert value(edition, 'eventStatus') == S + 'EventScheduled'
            assert value(edition, 'eventAttendanceMode') == S + 'OfflineEventAttendanceMode'
            sessions = linked(edition, 'subEvent')
            assert len(sessions) == int(sys.argv[3]), len(sessions)
            offset = re.compile(r'\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$')
            for s in sessions:
                assert offset.match(value(s, 'startDate')) and offset.match(value(s, 'endDate')), s['@id']
                assert value(s, 'eventStatus') in (S + 'EventScheduled', S + 'EventCancelled'), s['@id']
                for room in linked(s, 'location'):
                    if S + 'VirtualLocation' in types(room):
                        assert value(room, 'url').startswith('http'), s['@id']
                        continue
                    assert S + 'Place' in types(room) and S + 'Place' in types(linked(room, 'containedInPlace')[0])
                for person in linked(s, 'performer') + linked(s, 'organizer'):
                    assert S + 'Person' in types(person), person['@id']

            if mode == 'sample':
                assert value(edition, 'startDate') == '2026-01-29' and value(edition, 'endDate') == '2026-02-04'
                assert [value(m, 'name') for m in linked(edition, 'sponsor')] == ['Ministère de la Culture']
                assert S + 'GovernmentOrganization' in types(linked(edition, 'sponsor')[0])
                hosts = [value(m, 'name') for m in linked(edition, 'organizer')]
                assert hosts == ['Ministère de la Communication, de l’Économie Numérique et de la '
                                 'Modernisation de l’Administration'], hosts
                guests = sorted(value(m, 'addressCountry') for g in linked(edition, 'contributor')
                                for m in linked(g, 'address'))
                assert guests == ['BF', 'NE'], guests
                assert 'fr' in values(edition, 'inLanguage')
                venue = linked(edition, 'location')[0]
                assert value(linked(venue, 'address')[0], 'addressLocality') == 'Bamako'
                opening = nodes['urn:digitalweek:snm-2026:session:ceremonie-de-lancement']
                assert value(opening, 'startDate') == '2026-01-29T09:00:00Z', value(opening, 'startDate')
                assert value(opening, 'inLanguage') == 'fr'
                assert value(opening, 'eventStatus') == S + 'EventScheduled'
                assert value(opening, 'disambiguatingDescription').startswith('[illustratif : Heures illustratives')
                room = linked(opening, 'location')[0]
                assert value(room, 'name') == 'Salle des banquets'
                assert value(linked(room, 'containedInPlace')[0], 'alternateName') == 'CICB'
                performers = {value(p, 'name'): p for p in linked(opening, 'performer')}
                assert sorted(performers) == ['Aminata Zerbo Sabané', 'Mohamed Sidi Raliou'], sorted(performers)
                aminata = performers['Aminata Zerbo Sabané']
                assert value(aminata, 'jobTitle') == 'Ministre de la Transition Digitale'
                assert value(linked(aminata, 'affiliation')[0], 'name') == 'Ministère de la Transition Digitale'
                assert [value(p, 'name') for p in linked(opening, 'organizer')] == ['Alhamdou Ag Ilyène']
            if mode == 'linked':
                opening = nodes['urn:digitalweek:snm-2026:session:ceremonie-de-lancement']
                assert value(opening, 'url') == sys.argv[4], value(opening, 'url')
                assert value(opening, 'eventAttendanceMode') == S + 'MixedEventAttendanceMode'
                places = {t for n in linked(opening, 'location') for t in types(n)}
                assert places == {S + 'Place', S + 'VirtualLocation'}, places
                stream = [n for n in linked(opening, 'location') if S + 'VirtualLocation' in types(n)][0]
                assert value(stream, 'url') == 'https://live.example.ml/snm/banquets'
                slides = linked(opening, 'workFeatured')
                assert [types(w) for w in slides] == [{S + 'PresentationDigitalDocument'}], slides
                assert value(slides[0], 'name') == sys.argv[5], value(slides[0], 'name')
                assert value(linked(opening, 'recordedIn')[0], 'url') == 'https://video.example.ml/v/lancement'
                about = linked(opening, 'subjectOf')
                assert [value(a, 'url') for a in about] == ['https://snm.example.ml/docs/programme%20officiel.pdf']
                assert S + 'DigitalDocument' in types(about[0])
                assert S + 'sameAs' not in opening
                others = [s for s in sessions if s['@id'] != opening['@id']]
                assert all(S + 'url' not in s and S + 'workFeatured' not in s for s in others)
            print('OK %d nodes' % len(nodes))
            """;

    private PyLd() {
    }

    /**
     * @param jsonLd   the export
     * @param mode     {@code sample} for the sample's own facts, {@code linked} for the links of
     *                 {@code EditionVariants.linked()}, else only the general ones
     * @param sessions how many sessions the edition has
     * @param folder   where to put the export for Python
     * @param more     for {@code linked}, the opening's page and its slides' title
     * @return what the script printed
     * @throws IOException when the file cannot be written
     */
    static String check(byte[] jsonLd, String mode, int sessions, Path folder, String... more) throws IOException {
        ExternalTools.requirePython("pyld");
        Path file = Files.createTempFile(folder, mode, ".jsonld");
        Files.write(file, jsonLd);
        String[] args = new String[3 + more.length];
        args[0] = file.toString();
        args[1] = mode;
        args[2] = Integer.toString(sessions);
        System.arraycopy(more, 0, args, 3, more.length);
        ExternalTools.Run run = ExternalTools.python(SCRIPT, args);
        assertThat(run.exitCode()).as("pyld on the %s export: %s", mode, run.output()).isZero();
        return run.output();
    }
}
