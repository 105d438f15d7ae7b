package org.digitalweek.event.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.fixtures.NaughtyEditions;
import org.digitalweek.event.domain.fixtures.NaughtyStrings;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.ExternalTools;
import org.digitalweek.event.export.support.NaughtyProgramme;

/**
 * The page in a real browser: Debian's Chromium, headless, driven over the DevTools Protocol. The
 * page must render without any error (a script exception, a console error, or a blocked resource:
 * the Content-Security-Policy reports its violations as errors), make no request, filter sessions,
 * be usable from the keyboard, and never run data as code.
 */
class HtmlPageInChromiumTest {

    private static final Path WORK = Path.of("target", "chromium").toAbsolutePath();
    private static final String VISIBLE_IN_LIST =
            "[...document.querySelectorAll('#list li[data-session]')].filter(e => e.getClientRects().length > 0)";

    private static final Pattern LOOKS_LIKE_MARKUP = Pattern.compile("[<>&\"'`]|script|on\\w+=", Pattern.CASE_INSENSITIVE);

    private static Path chromium;
    private static HeadlessChromium browser;

    private final HtmlProgrammeExporter exporter = new HtmlProgrammeExporter();

    @BeforeAll
    static void startChromium() throws IOException, InterruptedException {
        chromium = ExternalTools.requireChromium();
        browser = HeadlessChromium.start(chromium, WORK);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSampleRendersWithoutErrorAndRequestsNothing() throws IOException, InterruptedException {
        Path page = write("snm-2026.fr.html", Editions.sample(), "fr");

        browser.open(page);

        assertThat(browser.errors()).isEmpty();
        assertThat(browser.requests()).containsOnly(page.toUri().toString());
        assertThat(browser.evaluate("String(document.getElementById('filters').hidden)"))
                .as("the script ran and showed the filters").isEqualTo("false");
        assertThat(browser.evaluate("String(document.querySelectorAll('h1').length)")).isEqualTo("1");
        assertThat(browser.evaluate("String([...document.querySelectorAll('select')].every(s => s.labels.length > 0))"))
                .isEqualTo("true");
        assertThat(browser.evaluate("document.getElementById('filter-status').textContent"))
                .isEqualTo("5 séances affichées sur 5");
    }

    @Test
    void aTrackFilterHidesTheSessionsOfOtherTracks() throws IOException, InterruptedException {
        browser.open(write("snm-2026.en.html", Editions.sample(), "en"));
        int before = Integer.parseInt(browser.evaluate("String(" + VISIBLE_IN_LIST + ".length)"));

        String after = browser.evaluate("(() => { const s = document.getElementById('filter-track');"
                + " s.value = 'intelligence-artificielle'; s.dispatchEvent(new Event('change', {bubbles: true}));"
                + " return " + VISIBLE_IN_LIST + ".map(e => e.dataset.track).join(' '); })()");

        assertThat(before).isEqualTo(11);
        assertThat(after.split(" ")).hasSize(2).containsOnly("intelligence-artificielle");
        assertThat(browser.evaluate("String(document.querySelectorAll('table.grid [data-session]:not([hidden])')"
                + ".length)")).isEqualTo("2");
        assertThat(browser.evaluate("document.getElementById('filter-status').textContent"))
                .isEqualTo("2 of 5 sessions shown");

        browser.evaluate("(() => { document.getElementById('filter-reset').click(); return ''; })()");
        assertThat(browser.evaluate("String(" + VISIBLE_IN_LIST + ".length)")).isEqualTo(Integer.toString(before));
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    void theKeyboardReachesTheSkipLinkThenTheProgramme() throws IOException, InterruptedException {
        browser.open(write("snm-2026.fr.html", Editions.sample(), "fr"));

        browser.press("Tab", 9);
        String first = browser.evaluate("document.activeElement.className");
        browser.press("Enter", 13);

        assertThat(first).isEqualTo("skip");
        assertThat(browser.evaluate("location.hash")).isEqualTo("#main");
    }

    @Test
    void aSessionsTitleLeadsToItsPageAndItsLinksShowWithTheirTitlesOrKinds() throws IOException,
            InterruptedException {
        Path page = write("linked.fr.html", EditionVariants.linked(), "fr");

        browser.open(page);

        assertThat(browser.errors()).isEmpty();
        assertThat(browser.requests()).as("links are not fetched").containsOnly(page.toUri().toString());
        String opening = "document.querySelector('#list li[data-session=\"ceremonie-de-lancement\"]')";
        assertThat(browser.evaluate(opening + ".querySelector('h4 .title a').href"))
                .isEqualTo(EditionVariants.OPENING_PAGE.replace("'", "%27"));
        assertThat(browser.evaluate(opening + ".querySelector('h4 .title a').relList.contains('noopener')"
                + " ? 'yes' : 'no'")).isEqualTo("yes");
        assertThat(browser.evaluate("JSON.stringify([..." + opening + ".querySelectorAll('ul.links a')]"
                + ".map(a => [a.textContent, a.protocol, a.rel]))")).isEqualTo("[[\"Direct\",\"https:\","
                + "\"external noopener\"],[" + "\"<b>Diapos</b> & \\\"co\\\"\",\"https:\",\"external noopener\"],"
                + "[\"Enregistrement\",\"https:\",\"external noopener\"],[\"Programme officiel\",\"https:\","
                + "\"external noopener\"]]");
        assertThat(browser.evaluate("String(document.querySelectorAll('ul.links b').length)")).isEqualTo("0");
        assertThat(browser.evaluate("String(document.querySelectorAll('ul.links').length)")).isEqualTo("1");
    }

    @Test
    void markupInDataNeverRuns() throws IOException, InterruptedException {
        PublicEdition hostile = HostileEditions.withTitles("<img src=x onerror=\"window.__pwned=1\">",
                "<script>window.__pwned=2</script>", "\"><svg onload=\"window.__pwned=3\">");

        browser.open(write("hostile.html", hostile, "fr"));

        assertThat(browser.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(browser.evaluate("String(document.images.length + document.querySelectorAll('svg').length)"))
                .isEqualTo("0");
        assertThat(browser.evaluate("String(document.scripts.length)")).isEqualTo("1");
        assertThat(browser.evaluate("String(document.body.textContent.includes('<img src=x onerror='))"))
                .isEqualTo("true");
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    void theNaughtyStringsRunNothingAndAllShow() throws IOException, InterruptedException {
        PublicEdition naughty = NaughtyProgramme.edition();

        browser.open(write("naughty.html", naughty, "fr"));

        assertThat(browser.errors()).isEmpty();
        assertThat(browser.evaluate("String(document.scripts.length)")).isEqualTo("1");
        assertThat(browser.evaluate("String(document.images.length + document.querySelectorAll('svg,iframe,object').length)"))
                .isEqualTo("0");
        assertThat(browser.evaluate("String(new Set([...document.querySelectorAll('#list [data-session]')]"
                + ".map(e => e.dataset.session)).size)")).isEqualTo(String.valueOf(naughty.sessions().size()));
        String text = browser.evaluate("document.body.textContent");
        assertThat(NaughtyEditions.accepted()).allSatisfy(i -> assertThat(text)
                .contains(asParsed(NaughtyStrings.all().get(i))));
    }

    @Test
    void theHeadlinesThatLookLikeMarkupRunNothingAndShowAsText() throws IOException, InterruptedException {
        List<Integer> markup = NaughtyEditions.accepted().stream()
                .filter(i -> LOOKS_LIKE_MARKUP.matcher(NaughtyStrings.all().get(i)).find()).toList();
        assertThat(markup).hasSizeGreaterThan(50);
        System.out.printf("Chromium: %d headline pages that look like markup%n", markup.size()); // docs/reliability.md
        for (int index : markup) {
            PublicEdition headline = Drafts.toEdition(NaughtyEditions.headline(index));

            browser.open(write("headline.html", headline, "fr"));

            assertThat(browser.errors()).as("string %d", index).isEmpty();
            assertThat(browser.evaluate("String(document.scripts.length)")).isEqualTo("1");
            assertThat(browser.evaluate("document.querySelector('h1').textContent"))
                    .as("string %d", index).contains(asParsed(NaughtyStrings.all().get(index)).strip());
        }
    }

    /** A text as the HTML parser gives it back: line breaks normalised to line feeds. */
    private static String asParsed(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    @Test
    void theHarnessSeesErrors() throws IOException, InterruptedException {
        Path broken = WORK.resolve("broken.html");
        String policy = PageAssets.CONTENT_SECURITY_POLICY.replace("'", "&#39;");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"en\"><head><meta http-equiv=\"Content-Security-Policy\""
                + " content=\"" + policy + "\"><title>x</title></head><body><script>window.ran = 1;</script></body></html>",
                StandardCharsets.UTF_8);

        browser.open(broken);

        assertThat(browser.evaluate("typeof window.ran")).as("the policy blocks a foreign script").isEqualTo("undefined");
        assertThat(browser.errors()).as("and reports it").isNotEmpty();
    }

    @Test
    void twoThousandSessionsRenderWithoutError() throws IOException, InterruptedException {
        browser.open(write("generated.fr.html", Editions.generated(), "fr"));

        assertThat(browser.errors()).isEmpty();
        assertThat(browser.evaluate("String(new Set([...document.querySelectorAll('#list [data-session]')]"
                + ".map(e => e.dataset.session)).size)")).isEqualTo("2000");
        assertThat(browser.evaluate("String(document.querySelectorAll('table.grid').length)")).isEqualTo("7");
    }

    @Test
    void aScreenshotAndTheDomAfterTheScript() throws IOException {
        Path page = write("snm-2026.fr.html", Editions.sample(), "fr");
        Path png = WORK.resolve("snm-2026.fr.png");
        Files.deleteIfExists(png);

        ExternalTools.Run shot = chromium(page, "--screenshot=" + png, "--window-size=1280,2000");
        ExternalTools.Run dom = chromium(page, "--dump-dom");

        assertThat(shot.exitCode()).as(shot.output()).isZero();
        assertThat(Files.size(png)).isGreaterThan(10_000);
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(dom.output()).contains("<form id=\"filters\" class=\"filters\">", "5 séances affichées sur 5");
    }

    private ExternalTools.Run chromium(Path page, String... arguments) throws IOException {
        Path profile = Files.createTempDirectory(WORK, "profile-");
        List<String> command = new ArrayList<>(HeadlessChromium.baseCommand(chromium, profile));
        command.addAll(List.of(arguments));
        command.add(page.toUri().toString());
        try {
            return ExternalTools.run(command, null);
        } finally {
            HeadlessChromium.delete(profile);
        }
    }

    private Path write(String name, PublicEdition edition, String language) throws IOException {
        Files.createDirectories(WORK);
        Path file = WORK.resolve(name);
        Files.write(file, Editions.export(exporter, edition, language));
        return file;
    }
}
