package com.aeghash.testsupport;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping client that behaves like a browser on the console: form login, CSRF tokens, pages. */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The token every console page carries for its htmx requests ({@code fragments.html}). */
    private static final Pattern PAGE_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** The header htmx sends it in. */
    public static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private final ApiClient http;

    public BrowserSession(int port) {
        this(ApiClient.withCookies(port));
    }

    private BrowserSession(ApiClient http) {
        this.http = http;
    }

    /** The same browser, with its cookies (the console session), sending its next requests to another instance. */
    public BrowserSession on(int otherPort) {
        return new BrowserSession(http.on(otherPort));
    }

    /** Adds a header to every following request of this browser (e.g. the {@code X-Forwarded-For} of a proxy). */
    public BrowserSession header(String name, String value) {
        http.header(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return http.exchange(HttpRequest.newBuilder(http.uri(path)).GET());
    }

    /** Posts a form from the page at {@code formPage}, carrying that page's CSRF token. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        String body = fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + encode(token.group(1));
        return http.exchange(HttpRequest.newBuilder(http.uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of a console page, as its htmx requests send it in {@link #CSRF_HEADER}. */
    public String pageToken(String page) {
        Matcher token = PAGE_TOKEN.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return token.group(1);
    }

    /** Posts JSON with the session cookie and the given headers, as a script on a page of the browser would. */
    public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return http.exchange(request);
    }

    public HttpResponse<String> signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
