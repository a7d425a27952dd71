package org.refoulementkg.web.ops;

import java.util.LinkedHashMap;

import org.refoulementkg.store.DataVersion;
import org.refoulementkg.store.KnowledgeGraph;

import io.javalin.http.Context;

/**
 * {@code /health}: is the server up, which kind of store does it serve, and which version of the sources. Public: the
 * store's kind only, never where it lives (a directory on the server's disk, the address of a remote store).
 */
public final class HealthHandler {
    private final KnowledgeGraph kg;

    public HealthHandler(KnowledgeGraph kg) { this.kg = kg; }

    public void handle(Context ctx) {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", "ok");
        body.put("store", kind(kg.describe()));
        body.put("sources", kg.version().map(DataVersion::fingerprint).orElse(null));
        ctx.json(body);
    }

    /** "TDB2 at /srv/kg/var (store 3)" → "TDB2"; "remote SPARQL store (query http://…)" → "remote SPARQL store". */
    static String kind(String description) {
        return description.replaceFirst("\\s+(at|\\()\\s*.*$", "").strip();
    }
}
