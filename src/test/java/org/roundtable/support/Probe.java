package org.roundtable.support;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a scanner (wapiti, a replaying proxy) sends, from one client: every page with odd parameter values, and every
 * form posted as the page rendered it, posted again (a replay), with every text field 100,000 characters long, with a
 * forged page state, and as a PrimeFaces AJAX request. It records each answer that is a server error (5xx).
 */
public final class Probe {

    /** Parameter values a scanner tries: wrong types, out of range, injections, markup, huge, control characters. */
    public static final List<String> ODD_VALUES = List.of("abc", "-1", "0", "99999999999999999999999", "1.5", "1e9",
            "' or '1'='1", "1;select sleep(5)", "<script>alert(1)</script>", "../../../../etc/passwd", "%00", "\u0000",
            "2026-13-45", "x".repeat(5_000), "");

    /** The odd values tried on the parameters other than id. */
    private static final List<String> SAMPLE = List.of("abc", "-1", "' or '1'='1", "x".repeat(5_000));

    /** The parameters the pages read (f:viewParam names), plus a few a scanner guesses. */
    public static final List<String> PARAMETERS = List.of("id", "date", "school", "term", "token", "next", "page", "q");

    private final HttpClient client;
    private final URI root;
    private final String who;
    private final List<String> serverErrors = new ArrayList<>();
    private int requests;

    public Probe(URL base, HttpClient client, String who) throws Exception {
        this.client = client;
        this.root = base.toURI().resolve("/");
        this.who = who;
    }

    /** Every request of this probe that got a 5xx, one line each. */
    public List<String> serverErrors() {
        return serverErrors;
    }

    public int requests() {
        return requests;
    }

    /** The page as asked for, then with each scanner parameter set to each odd value in turn. */
    public void oddParameters(String path) throws Exception {
        get(path);
        String join = path.contains("?") ? "&" : "?";
        for (String name : PARAMETERS) {
            // every odd value for the id every record page reads; a sample of them for the rest
            for (String value : name.equals("id") ? ODD_VALUES : SAMPLE) {
                get(path + join + name + "=" + enc(value));
            }
        }
    }

    /**
     * Every form of the page (but sign-out), each of its buttons pressed: as rendered, replayed, oversized, with a
     * forged page state and over AJAX. The page is fetched again before each press, as a browser holds a fresh one.
     */
    public void forms(String path) throws Exception {
        Document page = page(path);
        if (page == null) {
            return;
        }
        for (Element form : page.select("form[method=post]")) {
            if (form.id().toLowerCase().contains("logout")) {
                continue;
            }
            for (Element button : form.select("button[type=submit][name], input[type=submit][name]")) {
                Document fresh = page(path);
                Element same = fresh == null ? null : fresh.getElementById(form.id());
                if (same == null) {
                    continue;
                }
                Map<String, String> fields = fields(same);
                String action = same.attr("action").isEmpty() ? path : same.attr("action");
                String pressed = button.attr("name");
                Map<String, String> plain = new LinkedHashMap<>(fields);
                plain.put(pressed, button.hasAttr("value") ? button.attr("value") : "");
                post(action, plain, false);
                post(action, plain, false);

                Map<String, String> huge = new LinkedHashMap<>(plain);
                for (Element text : same.select("input[type=text][name], input[type=search][name], input[type=date][name],"
                        + " input[type=time][name], input[type=number][name], input[type=email][name], input:not([type])[name], textarea[name]")) {
                    huge.put(text.attr("name"), "x".repeat(100_000));
                }
                post(action, huge, false);

                Map<String, String> forged = new LinkedHashMap<>(plain);
                forged.put("jakarta.faces.ViewState", "-4087823453460584871:1780128469577219937");
                post(action, forged, false);

                Map<String, String> ajax = new LinkedHashMap<>(huge);
                ajax.put("jakarta.faces.partial.ajax", "true");
                ajax.put("jakarta.faces.source", pressed);
                ajax.put("jakarta.faces.partial.execute", "@form");
                ajax.put("jakarta.faces.partial.render", "@form");
                post(action, ajax, true);
                post(action, ajax, true);
            }
        }
    }

    /** Input, select and textarea values as the browser would send them (checkboxes only when checked). */
    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type").toLowerCase();
            if (type.equals("submit") || type.equals("button") || type.equals("file")
                    || (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            fields.put(input.attr("name"), input.attr("value"));
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            if (chosen == null) {
                chosen = select.selectFirst("option");
            }
            fields.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
        }
        for (Element area : form.select("textarea[name]")) {
            fields.put(area.attr("name"), area.text());
        }
        return fields;
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET(), "GET " + path);
        return r.statusCode() == 200 ? Jsoup.parse(r.body(), root.toString()) : null;
    }

    private void get(String path) throws Exception {
        send(HttpRequest.newBuilder(uri(path)).GET(), "GET " + abbreviate(path));
    }

    private void post(String action, Map<String, String> fields, boolean ajax) throws Exception {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        String pressed = fields.getOrDefault("jakarta.faces.source", fields.keySet().stream().reduce((a, b) -> b).orElse(""));
        HttpResponse<String> r = send(request, (ajax ? "AJAX " : "POST ") + abbreviate(action) + " pressing " + pressed
                + " (" + body.length() + " bytes)");
        // A failure inside an AJAX answer is a 200 carrying an <error> element: a 500 in disguise.
        if (ajax && r.statusCode() == 200 && r.body().contains("<error>")) {
            serverErrors.add(who + ": AJAX " + abbreviate(action) + " pressing " + pressed + " answered an error: "
                    + abbreviate(r.body()));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) throws Exception {
        requests++;
        // HTTP/1.1, as scanners and browsers speak to a plain-HTTP server (no h2c upgrade)
        HttpResponse<String> r = client.send(request.version(HttpClient.Version.HTTP_1_1).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 500) {
            serverErrors.add(who + ": " + what + " -> " + r.statusCode());
        }
        return r;
    }

    private URI uri(String path) {
        // the odd values are already encoded; a raw control character or space never reaches URI's parser
        return URI.create(root.toString().replaceAll("/$", "") + (path.startsWith("/") ? path : "/" + path));
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
