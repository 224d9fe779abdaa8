package app.commonground.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab, as far as the server can tell: it signs in with the form, opens a page through Vaadin's
 * bootstrap ("init") request and navigation event, keeps the push websocket open (Atmosphere, as Vaadin's
 * client opens it), and sends UIDL requests (events and property changes, with the CSRF token, sync id and
 * client id) one at a time. It keeps only what it needs of the UI tree: which node carries which element
 * id and which tag. Every message from the server, pushed or answered, goes to {@code onMessage}, with the
 * client it reached.
 */
final class VaadinClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String baseUrl;
    private final BiConsumer<VaadinClient, String> onMessage;
    private final Map<String, Integer> nodesById = new ConcurrentHashMap<>();
    private final Map<Integer, String> tags = new ConcurrentHashMap<>();
    private String cookies = "";
    private int uiId;
    private String csrfToken;
    private volatile int syncId;
    private int clientId;
    private WebSocket push;
    private final StringBuilder pushBuffer = new StringBuilder();

    VaadinClient(HttpClient http, String baseUrl, BiConsumer<VaadinClient, String> onMessage) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.onMessage = onMessage;
    }

    /** Signs in through the sign-in form; keeps the session and "stay signed in" cookies. */
    void signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password=" + encode(password)))
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + email + ": " + response.statusCode() + " " + location);
        }
        cookies = String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).toList());
    }

    /**
     * Opens a page as a browser does: bootstrap, push connection, then the navigation to the route; returns the
     * length of the navigation's answer (the page's components).
     */
    int open(String route) throws IOException, InterruptedException {
        String init = get(baseUrl + "?v-r=init&location=" + encode(route) + "&query=&v-sh=900&v-sw=1280&v-wh=900"
                + "&v-ww=1280&v-bh=900&v-bw=1280&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0"
                + "&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=" + UUID.randomUUID() + "&v-td=false&v-pr=1"
                + "&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
                + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false");
        JsonNode config = JSON.readTree(init).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        String pushId = uidl.get("Vaadin-Push-ID").asString();
        syncId = uidl.get("syncId").asInt();
        clientId = uidl.get("clientId").asInt();
        take(uidl);
        push = http.newWebSocketBuilder().header("Cookie", cookies).connectTimeout(TIMEOUT)
                .buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                        + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                        + "&X-Vaadin-LastSeenServerSyncId=" + syncId), new PushListener())
                .join();
        ObjectNode navigate = event(1, "ui-navigate");
        ((ObjectNode) navigate.get("data")).put("route", "/" + route).put("query", "").put("appShellTitle", "")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        return send(navigate);
    }

    /** The UI node of the element with this id attribute, if the page shows it now. */
    Integer node(String elementId) {
        return nodesById.get(elementId);
    }

    /** The UI node of an element with this tag name, if the page shows one now. */
    Integer nodeWithTag(String tag) {
        return tags.entrySet().stream().filter(e -> e.getValue().equals(tag)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** Clicks the element with this id; returns the length of the server's answer. */
    int click(String elementId) throws IOException, InterruptedException {
        return send(event(require(elementId), "click"));
    }

    /**
     * Types a value into the field with this id and commits it, as a browser does on "change"; returns the length
     * of the server's answer.
     */
    int type(String elementId, String value) throws IOException, InterruptedException {
        int node = require(elementId);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        return send(sync, event(node, "change"));
    }

    /** Sends a DOM event without data (such as a dialog's "closed") to a node; returns the length of the answer. */
    int fire(int node, String event) throws IOException, InterruptedException {
        return send(event(node, event));
    }

    /**
     * Tells the server the page is still open, as the browser does every five minutes: without it the
     * server closes the page's UI after three missed heartbeats (fifteen minutes).
     */
    void heartbeat() throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "?v-r=heartbeat&v-uiId=" + uiId))
                .header("Cookie", cookies).POST(HttpRequest.BodyPublishers.noBody()).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Heartbeat answered " + response.statusCode());
        }
    }

    boolean connected() {
        return push != null && !push.isOutputClosed() && !push.isInputClosed();
    }

    @Override
    public void close() {
        if (push != null) {
            push.abort();
        }
    }

    private int require(String elementId) {
        return Objects.requireNonNull(nodesById.get(elementId), () -> "No element with id " + elementId + " on the page");
    }

    private static ObjectNode event(int node, String name) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.putObject("data");
        return event;
    }

    private synchronized int send(ObjectNode... rpc) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode calls = body.putArray("rpc");
        for (ObjectNode call : rpc) {
            calls.add(call);
        }
        body.put("syncId", syncId).put("clientId", clientId++);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL request answered " + response.statusCode());
        }
        received(response.body());
        return response.body().length();
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** A message from the server: its sync id, the nodes it names, then whoever listens. */
    private void received(String message) {
        if (message.isBlank()) {
            return;
        }
        String json = message.startsWith("for(;;);") ? message.substring(8) : message;
        Matcher sync = SYNC_ID.matcher(json);
        while (sync.find()) {
            syncId = Math.max(syncId, Integer.parseInt(sync.group(1)));
        }
        if (json.contains("\"changes\"")) {
            JsonNode parsed = JSON.readTree(json);
            take(parsed.isArray() ? parsed.get(0) : parsed);
        }
        onMessage.accept(this, json);
    }

    private void take(JsonNode uidl) {
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int node = change.get("node").asInt();
            String type = change.get("type").asString();
            if (type.equals("detach")) {
                tags.remove(node);
                nodesById.values().removeIf(n -> n == node);
            } else if (type.equals("put") && change.has("value") && change.get("value").isString()) {
                String key = change.get("key").asString();
                int feature = change.get("feat").asInt();
                if (feature == 3 && key.equals("id")) {
                    nodesById.put(change.get("value").asString(), node);
                } else if (feature == 0 && key.equals("tag")) {
                    tags.put(node, change.get("value").asString());
                }
            }
        }
    }

    /** Atmosphere over a websocket: "length|message" records, split over frames as they come. */
    private final class PushListener implements WebSocket.Listener {

        private boolean handshakeSeen;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            synchronized (pushBuffer) {
                pushBuffer.append(data);
                while (true) {
                    int bar = pushBuffer.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length = Integer.parseInt(pushBuffer.substring(0, bar));
                    if (pushBuffer.length() < bar + 1 + length) {
                        break;
                    }
                    String message = pushBuffer.substring(bar + 1, bar + 1 + length);
                    pushBuffer.delete(0, bar + 1 + length);
                    if (!handshakeSeen) {
                        handshakeSeen = true; // tracking id and heartbeat settings
                    } else if (!message.equals("X")) {
                        received(message);
                    }
                }
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
