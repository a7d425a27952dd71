package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;

/**
 * Thousands of mutated requests, seeded and bounded so the run is repeatable: malformed SPARQL, random
 * methods, headers and Accept values, huge parameters, invalid UTF-8, path traversal. Only 2xx/4xx, never a
 * 5xx or a stack trace, and the server answers normally afterwards. Sent over a raw socket, so nothing is
 * cleaned up by an HTTP client on the way.
 */
@Tag("slow")
class FuzzTest {
    static final long SEED = 20240117L;
    static final int REQUESTS = 2500;
    static final String[] PATHS = {"/sparql", "/id/person/alice", "/id/event/alice-deportation", "/id/", "/id", "/search", "/", "/health",
            "/browse/cases", "/queries", "/queries/people", "/ontology", "/void", "/dump/dataset.trig", "/static/site.css",
            "/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/person/%00", "/id/person/%C3%28", "/static/../pom.xml",
            "/static/%2e%2e/%2e%2e/pom.xml", "/admin/reload", "/id/person/alice%20%22%3E%3Cscript%3E"};
    static final String[] QUERIES = {"SELECT * WHERE { ?s ?p ?o } LIMIT 5", "ASK { ?s a ?t }", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3",
            "DESCRIBE <https://w3id.org/refoulement-kg/id/person/alice>", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            "PREFIX x: <urn:x#> SELECT ?a WHERE { ?a x:p \"lit\"@en FILTER(regex(?a, \"(a+)+b\")) }"};
    static final String[] ACCEPTS = {"*/*", "text/html", "application/sparql-results+json", "text/csv;q=0.5, text/turtle", "application/ld+json",
            "image/png", ";;;", "text/html;q=abc", "*/*;q=2", "application/rdf+xml;q=0.0", "text/*", "\u00ff\u00fe", "a/b/c", ""};
    static final String[] METHODS = {"GET", "GET", "GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "FOO"};

    @Test
    void mutatedRequestsNeverCauseA5xx() throws IOException {
        Random random = new Random(SEED);
        var failures = new ArrayList<String>();
        try (var server = RunningServer.start(Fixtures.store(), Duration.ofSeconds(5))) {
            int port = server.port();
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos(); // a bound on the run, not a speed test
            int sent = 0;
            for (; sent < REQUESTS && System.nanoTime() < deadline; sent++) {
                byte[] request = request(random);
                String response = send(port, request);
                String status = response.length() >= 12 ? response.substring(9, 12) : "";
                boolean bad = status.startsWith("5") || status.isEmpty() && response.length() > 0
                        || response.contains("\tat ") || response.contains("Exception:") || response.contains("at org.");
                if (bad) failures.add(status + " for " + new String(request, 0, Math.min(request.length, 200), StandardCharsets.ISO_8859_1));
            }
            assertTrue(sent >= 1000, "sent only " + sent + " requests");
            assertEquals(List.of(), failures);
            var after = Http.get(server.url("/sparql?query=" + Http.q("ASK { ?s ?p ?o }")), "application/sparql-results+json");
            assertEquals(200, after.statusCode());
        }
    }

    private static byte[] request(Random r) {
        String method = pick(r, METHODS);
        String path = pick(r, PATHS);
        String query = "";
        if (r.nextInt(3) > 0) query = "?query=" + encode(mutate(r, pick(r, QUERIES)), r);
        if (r.nextInt(10) == 0) query = "?q=" + "%FF%FE%C3%28".repeat(1 + r.nextInt(5));
        if (r.nextInt(15) == 0) query = "?query=" + "A".repeat(20_000 + r.nextInt(200_000));
        if (r.nextInt(8) == 0) query += (query.isEmpty() ? "?" : "&") + "format=" + pick(r, new String[] {"json", "ttl", "zzz", "%00", "html"});
        if (r.nextInt(10) == 0) query += (query.isEmpty() ? "?" : "&") + "default-graph-uri=" + pick(r, new String[] {"not%20an%20iri", "file:///etc/passwd", "urn:x"});
        var sb = new StringBuilder();
        sb.append(method).append(' ').append(path).append(query).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if (r.nextInt(6) > 0) sb.append("Accept: ").append(pick(r, ACCEPTS)).append("\r\n");
        if (r.nextInt(12) == 0) sb.append("X-Junk: ").append("j".repeat(r.nextInt(20_000))).append("\r\n");
        if (r.nextInt(12) == 0) sb.append("Origin: http://evil.example\r\n");
        String body = "";
        if (method.equals("POST")) {
            String[] types = {"application/x-www-form-urlencoded", "application/sparql-query", "application/sparql-update", "text/plain", "multipart/form-data"};
            String type = pick(r, types);
            body = type.endsWith("urlencoded") ? "query=" + encode(mutate(r, pick(r, QUERIES)), r) : mutate(r, pick(r, QUERIES));
            if (r.nextInt(10) == 0) body = "update=" + encode("LOAD <file:///etc/passwd>", r);
            sb.append("Content-Type: ").append(type).append("\r\n");
            int declared = r.nextInt(20) == 0 ? body.length() + 50 : body.length();
            sb.append("Content-Length: ").append(declared).append("\r\n");
        }
        sb.append("\r\n").append(body);
        byte[] bytes = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        // Invalid UTF-8 anywhere after the method, except in the protocol version token: Jetty answers a
        // mangled "HTTP/1.1" with 505 before our code runs (a front proxy rejects such requests anyway).
        int version = sb.indexOf(" HTTP/1.1");
        if (r.nextInt(20) == 0) {
            int at = r.nextInt(bytes.length);
            if (at < version || at >= version + 9) bytes[at] = (byte) (0x80 + r.nextInt(0x7f));
        }
        return bytes;
    }

    /** Deletes, duplicates or replaces a few characters: the kinds of damage real clients do. */
    private static String mutate(Random r, String s) {
        var sb = new StringBuilder(s);
        int edits = r.nextInt(4);
        String noise = "{}<>?\"'\\.;:()#@^*/+-=!|&$%~`[],\u00e9\u0416\n";
        for (int i = 0; i < edits && !sb.isEmpty(); i++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, noise.charAt(r.nextInt(noise.length())));
                default -> sb.setCharAt(at, noise.charAt(r.nextInt(noise.length())));
            }
        }
        return sb.toString();
    }

    private static String encode(String s, Random r) {
        String e = Http.q(s);
        if (r.nextInt(10) == 0) e = e.replace("%", "%%"); // broken percent-encoding
        return e;
    }

    private static String pick(Random r, String[] a) { return a[r.nextInt(a.length)]; }

    private static String send(int port, byte[] request) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            var buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) >= 0 && buf.size() < 256 * 1024) buf.write(chunk, 0, n);
            return buf.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return ""; // the server may close on garbage: that is an answer too
        }
    }
}
