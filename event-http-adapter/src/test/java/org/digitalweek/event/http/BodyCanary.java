package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.digitalweek.event.http.support.ApiClient.Reply;

/**
 * The canary of issue 9 over HTTP: no body a route answers shows a Java class or package name, a
 * stack trace, or the text of a record ({@code Session[id=…]}), whatever the route and status.
 */
final class BodyCanary {

    private static final Pattern RECORD_TEXT = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\[[a-z][A-Za-z0-9]*=");
    private static final Pattern JAVA_NAME = Pattern.compile(
            "org\\.digitalweek|java\\.(lang|util|io|time)|tools\\.jackson|io\\.javalin|org\\.eclipse|Exception\\b"
                    + "|\\bat [a-z]+\\.[a-z]+\\.|\\$[A-Z][a-z]+|\\bOptional\\[|\\bnull\\]");

    private BodyCanary() {
    }

    /** @param reply an answer; its body must show nothing of the server's inside */
    static void assertClean(Reply reply) {
        String text = reply.text();
        assertThat(RECORD_TEXT.matcher(text).find()).as("record text in %s", reply).isFalse();
        assertThat(JAVA_NAME.matcher(text).find()).as("Java name in %s", reply).isFalse();
    }
}
