package org.digitalweek.event.export.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's own
 * WebSocket client: no driver library. Messages are built by hand; the values that evaluations
 * return are read with Jackson, since a page's whole text is too long for a regular expression. {@link #close()} ends the browser
 * and every process it started, and removes its profile.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration CALL = Duration.ofSeconds(120);
    private static final Pattern REPLY_ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Pattern PAGE_SOCKET =
            Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/devtools/page/[^\"]+)\"");
    private static final JsonMapper REPLIES = JsonMapper.builder().build();
    private static final Pattern REQUEST_URL = Pattern.compile("\"request\":\\{\"url\":\"([^\"]*)\"");

    private final Process process;
    private final List<ProcessHandle> family = new ArrayList<>();
    private final Path profile;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Map<Integer, CompletableFuture<String>> replies = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    private HeadlessChromium(Process process, Path profile) {
        this.process = process;
        this.profile = profile;
    }

    /** The arguments every run of Chromium in these tests shares. */
    static List<String> baseCommand(Path chromium, Path profile) {
        return List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    }

    /**
     * Starts Chromium on a blank page and connects to that page.
     *
     * @param chromium the browser
     * @param work     a folder for the profile and the browser's log
     */
    static HeadlessChromium start(Path chromium, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path profile = Files.createTempDirectory(work, "profile-");
        List<String> command = new ArrayList<>(baseCommand(chromium, profile));
        command.addAll(List.of("--remote-debugging-port=0", "about:blank"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("chromium.log").toFile()).start();
        HeadlessChromium browser = new HeadlessChromium(process, profile);
        try {
            browser.connect(browser.pageSocket(browser.port()));
            browser.call("Runtime.enable", "{}");
            browser.call("Log.enable", "{}");
            browser.call("Page.enable", "{}");
            browser.call("Network.enable", "{}");
            return browser;
        } catch (IOException | InterruptedException | RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    private int port() throws IOException, InterruptedException {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            family.addAll(process.descendants().toList());
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() >= 2) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with " + process.exitValue() + " before it listened");
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium wrote no DevToolsActivePort within " + STARTUP);
    }

    private String pageSocket(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(STARTUP).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher page = PAGE_SOCKET.matcher(targets);
            if (page.find()) {
                return page.group(1);
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium showed no page target within " + STARTUP);
    }

    private void connect(String url) throws IOException, InterruptedException {
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(STARTUP)
                    .buildAsync(URI.create(url), new Listener()).get(STARTUP.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot open the DevTools socket " + url, e);
        }
    }

    /**
     * Sends a command and waits for its reply.
     *
     * @param method a DevTools method, e.g. {@code Page.navigate}
     * @param params its parameters as a JSON object
     * @return the reply, as JSON text
     */
    String call(String method, String params) {
        int id = ids.incrementAndGet();
        CompletableFuture<String> reply = new CompletableFuture<>();
        replies.put(id, reply);
        try {
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                    .get(CALL.toSeconds(), TimeUnit.SECONDS);
            String text = reply.get(CALL.toSeconds(), TimeUnit.SECONDS);
            if (text.contains("\"error\":{")) {
                throw new IllegalStateException(method + " failed: " + text);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no reply", e);
        } finally {
            replies.remove(id);
        }
    }

    /** Opens a page, forgetting the events of the previous one, and waits for its load event. */
    void open(Path file) throws InterruptedException {
        events.clear();
        call("Page.navigate", "{\"url\":" + json(file.toUri().toString()) + "}");
        long deadline = System.nanoTime() + CALL.toNanos();
        while (events.stream().noneMatch(e -> e.contains("\"method\":\"Page.loadEventFired\""))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no load event for " + file + " within " + CALL);
            }
            Thread.sleep(50);
        }
    }

    /**
     * @param expression a JavaScript expression whose value is a string
     * @return that string, as the page computed it
     */
    String evaluate(String expression) {
        String reply = call("Runtime.evaluate", "{\"expression\":" + json(expression) + ",\"returnByValue\":true}");
        JsonNode result = REPLIES.readTree(reply).path("result").path("result");
        if (reply.contains("\"exceptionDetails\"") || !result.path("type").asString("").equals("string")) {
            throw new IllegalStateException("evaluating " + expression + " gave " + reply);
        }
        return result.path("value").asString();
    }

    /** Presses and releases a key, as a keyboard user would. */
    void press(String key, int keyCode) {
        for (String type : List.of("rawKeyDown", "keyUp")) {
            call("Input.dispatchKeyEvent", "{\"type\":\"" + type + "\",\"key\":" + json(key) + ",\"code\":"
                    + json(key) + ",\"windowsVirtualKeyCode\":" + keyCode + "}");
        }
    }

    /** @return the uncaught exceptions, console errors and browser log errors of the current page */
    List<String> errors() {
        return events.stream().filter(e -> e.contains("\"method\":\"Runtime.exceptionThrown\"")
                || e.contains("\"method\":\"Runtime.consoleAPICalled\"") && e.contains("\"type\":\"error\"")
                || e.contains("\"method\":\"Log.entryAdded\"") && e.contains("\"level\":\"error\"")).toList();
    }

    /** @return the URL of every request the current page made, itself included */
    List<String> requests() {
        return events.stream().filter(e -> e.contains("\"method\":\"Network.requestWillBeSent\""))
                .map(REQUEST_URL::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        family.addAll(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        delete(profile);
    }

    /** Removes a folder and everything in it. */
    static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the text as a JSON string literal */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** Gathers text frames into messages: replies complete their call, the rest are events. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                Matcher id = REPLY_ID.matcher(text);
                if (id.find()) {
                    CompletableFuture<String> reply = replies.get(Integer.parseInt(id.group(1)));
                    if (reply != null) {
                        reply.complete(text);
                    }
                } else {
                    events.add(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
