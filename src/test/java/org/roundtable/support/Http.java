package org.roundtable.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signing in over plain HTTP, as a script or a second client would: the login form is fetched, then posted on a
 * raw socket (so a test can send any Host header), and the signed-in session's cookie goes into an HttpClient.
 */
public final class Http {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's script nonce, which PrimeFaces' script adds to every post a browser sends. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    /** The Location header of the last login post. */
    public static volatile String lastLocation;

    private Http() {
    }

    public static HttpClient signedIn(URL base, String username, String password) throws Exception {
        return signedIn(base, username, password, null, null);
    }

    /**
     * A client with a signed-in session.
     *
     * @param host the Host header of the login post (null: the real one)
     * @param next the page asked for before signing in (null: none)
     */
    public static HttpClient signedIn(URL base, String username, String password, String host, String next)
            throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        URI root = base.toURI().resolve("/");
        String form = client.send(HttpRequest.newBuilder(root.resolve("/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = VIEW_STATE.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        Matcher nonce = NONCE.matcher(form);
        if (!nonce.find()) {
            throw new IllegalStateException("No script nonce on the login page");
        }
        String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState=" + enc(m.group(1)) + "&primefaces.nonce=" + enc(nonce.group(1))
                + (next == null ? "" : "&next=" + enc(next));
        String cookie = cookies.getCookieStore().get(root).stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> "JSESSIONID=" + c.getValue()).findFirst().orElse("");
        String response;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("POST /login.xhtml HTTP/1.1\r\nHost: " + (host == null ? base.getHost() + ":" + base.getPort() : host)
                    + "\r\nCookie: " + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            response = readAll(socket.getInputStream());
        }
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        lastLocation = header(head, "Location");
        if (!head.startsWith("HTTP/1.1 302") || lastLocation == null) {
            throw new IllegalStateException("Login of " + username + " failed: " + head);
        }
        Matcher session = Pattern.compile("(?im)^Set-Cookie: JSESSIONID=([^;\\r\\n]+)").matcher(head);
        if (session.find()) {
            HttpCookie signed = new HttpCookie("JSESSIONID", session.group(1));
            signed.setPath("/");
            signed.setVersion(0);
            cookies.getCookieStore().add(root, signed);
        }
        return client;
    }

    private static String header(String head, String name) {
        Matcher m = Pattern.compile("(?im)^" + name + ": ([^\\r\\n]+)").matcher(head);
        return m.find() ? m.group(1).trim() : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
