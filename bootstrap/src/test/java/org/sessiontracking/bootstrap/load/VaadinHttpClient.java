package org.sessiontracking.bootstrap.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser, reduced to the HTTP requests Vaadin's client sends: the sign-in form (with
 * its CSRF token), a page's init request and navigation, a field's value change and a button click,
 * each as a UIDL request carrying the UI's security key and sync ids. Elements are found by their
 * ids in the server's answers, as the browser tests find them.
 */
final class VaadinHttpClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern ELEMENT_ID =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]+)\"}");
    private static final Pattern TEXT = Pattern.compile("\"key\":\"text\",\"feat\":\\d+,\"value\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final Map<String, Integer> nodes = new HashMap<>();
    private boolean signedIn;
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;

    VaadinHttpClient(int port) {
        this.base = "http://localhost:" + port + "/";
    }

    /** Signs in (timed as "sign in") unless this browser already is. */
    void signInOnce(LoadFigures figures, String username, String password) throws Exception {
        if (!signedIn) {
            figures.timed("sign in", () -> {
                signIn(username, password);
                return null;
            });
            signedIn = true;
        }
    }

    /** The sign-in form as the browser posts it; fails unless the application accepts the password. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String loginPage = get("login").body();
        StringBuilder form = new StringBuilder("username=" + encode(username) + "&password=" + encode(password));
        Matcher token = CSRF.matcher(loginPage);
        if (token.find()) {
            Matcher parameter = CSRF_PARAMETER.matcher(loginPage);
            form.append('&').append(parameter.find() ? parameter.group(1) : "_csrf").append('=').append(encode(token.group(1)));
        }
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new LoadFailure("sign-in refused: HTTP " + signedIn.statusCode() + " to " + location);
        }
    }

    /** Opens a page as a fresh browser tab does: the init request, then the navigation to the route. */
    String open(String route) throws IOException, InterruptedException {
        HttpResponse<String> init = get("?v-r=init&location=" + encode(route) + "&query=");
        String body = init.body();
        Matcher key = SECURITY_KEY.matcher(body);
        Matcher ui = UI_ID.matcher(body);
        if (init.statusCode() != 200 || !key.find() || !ui.find()) {
            throw new LoadFailure("init of " + route + ": HTTP " + init.statusCode() + " " + excerpt(body));
        }
        securityKey = key.group(1);
        uiId = Integer.parseInt(ui.group(1));
        syncId = 0;
        clientId = 0;
        nodes.clear();
        readIds(body);
        return uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
    }

    /** What the browser sends when the user picks a value in a field (radio group, select, text field). */
    String changeValue(String elementId, String value) throws IOException, InterruptedException {
        int node = node(elementId);
        return uidl("{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value
                + "\"},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"value-changed\",\"data\":{}}");
    }

    String click(String elementId) throws IOException, InterruptedException {
        return uidl("{\"type\":\"event\",\"node\":" + node(elementId) + ",\"event\":\"click\",\"data\":{}}");
    }

    /** The texts the answer shows (notifications, labels, badges), for a failure's message. */
    static String texts(String answer) {
        StringBuilder texts = new StringBuilder();
        Matcher text = TEXT.matcher(answer);
        while (text.find() && texts.length() < 300) {
            texts.append(texts.isEmpty() ? "" : " | ").append(text.group(1));
        }
        return texts.toString();
    }

    private int node(String elementId) {
        Integer node = nodes.get(elementId);
        if (node == null) {
            throw new LoadFailure("no element #" + elementId + " on the page");
        }
        return node;
    }

    private String uidl(String rpc) throws IOException, InterruptedException {
        String message = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
        String body = answer.body().startsWith("for(;;);") ? answer.body().substring(8) : answer.body();
        Matcher sync = SYNC_ID.matcher(body);
        Matcher client = CLIENT_ID.matcher(body);
        if (answer.statusCode() != 200 || body.contains("\"appError\"") || !sync.find() || Integer.parseInt(sync.group(1)) < 0) {
            throw new LoadFailure("UIDL: HTTP " + answer.statusCode() + " " + excerpt(body));
        }
        syncId = Integer.parseInt(sync.group(1));
        if (client.find()) {
            clientId = Integer.parseInt(client.group(1));
        }
        readIds(body);
        return body;
    }

    private void readIds(String body) {
        Matcher id = ELEMENT_ID.matcher(body);
        while (id.find()) {
            nodes.put(id.group(2), Integer.parseInt(id.group(1)));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String excerpt(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
