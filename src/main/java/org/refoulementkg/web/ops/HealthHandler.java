package org.refoulementkg.web.ops;

import java.util.LinkedHashMap;

import org.refoulementkg.store.DataVersion;
import org.refoulementkg.store.KnowledgeGraph;

import io.javalin.http.Context;

/** {@code /health}: is the server up, which store does it serve, and which version of the sources. */
public final class HealthHandler {
    private final KnowledgeGraph kg;

    public HealthHandler(KnowledgeGraph kg) { this.kg = kg; }

    public void handle(Context ctx) {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", "ok");
        body.put("store", kg.describe());
        body.put("sources", kg.version().map(DataVersion::fingerprint).orElse(null));
        ctx.json(body);
    }
}
