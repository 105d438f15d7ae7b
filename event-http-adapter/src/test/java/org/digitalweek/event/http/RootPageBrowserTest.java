package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The root page in a real browser: Debian's Chromium, headless, loads it from the server, logs no
 * console message (the page has no script, so any message is an error, such as a style its
 * Content-Security-Policy refused), keeps the markup-like titles as text, and every link it shows
 * resolves: an HTTP GET of each answers 2xx.
 */
class RootPageBrowserTest {

    /**
     * The links whose routes other parts of issue 19 serve (reads, exports, the OpenAPI document):
     * until they are merged they answer 404 here; once merged, this set is to be emptied so that
     * they are held to 2xx as well.
     */

    private static TestApi server;

    @BeforeAll
    static void start() {
        server = TestApi.inMemory();
        RootPageEditions.importNaughty(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Tools.Run load(String path) {
        Path chromium = Tools.requireChromium();
        return Tools.run(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + Path.of("target", "chromium-root-page").toAbsolutePath(),
                "--dump-dom", server.client().base().resolve(path.substring(1)).toString()));
    }

    @Test
    void thePageLoadsWithoutAConsoleMessageAndShowsTheTitlesAsText() {
        for (String path : List.of("/?lang=fr", "/?lang=en")) {
            Tools.Run run = load(path);

            assertThat(run.exitCode()).as(run.errors()).isZero();
            assertThat(run.errors()).as("console messages of " + path).doesNotContain(":CONSOLE");
            assertThat(run.output()).contains("<h1>", "</main>").doesNotContain("<script", "<img");
        }
        assertThat(load("/?lang=fr").output()).contains("&lt;script&gt;alert('fr')&lt;/script&gt;");
    }

    @Test
    void everyLinkOfThePageAsTheBrowserSeesItResolves() {
        List<String> links = FeedRoutesRootPageTest.links(load("/?lang=fr").output());
        List<String> broken = new ArrayList<>();

        assertThat(links).hasSizeGreaterThanOrEqualTo(9).contains("/editions/" + TestApi.SAMPLE + "/calendar.ics",
                "/editions/" + TestApi.SAMPLE + "/changes.atom");
        for (String link : links) {
            Reply reply = server.client().get(link.replace("&amp;", "&"));
            boolean resolves = reply.status() >= 200 && reply.status() < 300;
            if (!resolves) {
                broken.add(link + " → " + reply.status());
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theServedProgrammePageLoadsWithoutAConsoleMessageAndItsLinksLeadSomewhere() {
        String path = "/editions/" + TestApi.SAMPLE + "/export/html";
        Tools.Run run = load(path + "?lang=fr");

        assertThat(run.exitCode()).as(run.errors()).isZero();
        assertThat(run.errors()).as("console messages of " + path).doesNotContain(":CONSOLE");
        String dom = run.output();
        assertThat(dom).contains("Semaine du Numérique");
        List<String> broken = new ArrayList<>();
        for (String link : FeedRoutesRootPageTest.links(dom)) {
            String target = link.replace("&amp;", "&");
            if (target.startsWith("#")) {
                if (!dom.contains("id=\"" + target.substring(1) + "\"")) {
                    broken.add(link + " → no element with that id");
                }
            } else if (target.startsWith("/")) {
                Reply reply = server.client().get(target);
                if (reply.status() < 200 || reply.status() >= 300) {
                    broken.add(link + " → " + reply.status());
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
