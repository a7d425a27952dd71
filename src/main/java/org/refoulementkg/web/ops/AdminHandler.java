package org.refoulementkg.web.ops;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;

import org.refoulementkg.load.LoadFailedException;
import org.refoulementkg.load.Loader;
import org.refoulementkg.store.KnowledgeGraph;

import io.javalin.http.Context;
import org.refoulementkg.web.http.HttpProblem;

/**
 * Operator actions, behind a bearer token the operator configures ({@code --admin-token} or
 * {@code RKG_ADMIN_TOKEN}). Without a configured token they are disabled (403); without the right token, 401.
 * {@code POST /admin/reload} validates ontology/ and data/ and publishes them; invalid data changes nothing (422).
 */
public final class AdminHandler {
    private final KnowledgeGraph kg;
    private final Path home;
    private final byte[] token;
    private final Runnable afterReload;

    public AdminHandler(KnowledgeGraph kg, Path home, String token) {
        this(kg, home, token, () -> {});
    }

    /** @param afterReload run after a successful reload (forgets what was kept for the previous data version) */
    public AdminHandler(KnowledgeGraph kg, Path home, String token, Runnable afterReload) {
        this.kg = kg;
        this.home = home;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.afterReload = afterReload;
    }

    public void reload(Context ctx) {
        authorise(ctx);
        var body = new LinkedHashMap<String, Object>();
        try {
            var data = Loader.stage(Loader.Sources.in(home), null, true);
            synchronized (this) { kg.publish(data); }
            afterReload.run();
            body.put("status", "reloaded");
            body.put("files", data.files());
            body.put("triples", data.quads());
        } catch (LoadFailedException e) {
            ctx.status(422);
            body.put("status", "invalid data, nothing changed");
            body.put("problems", e.problems());
        }
        ctx.json(body);
    }

    private void authorise(Context ctx) {
        if (token == null) throw new HttpProblem(403, "Operator actions are disabled: start the server with --admin-token (or RKG_ADMIN_TOKEN) to enable them.");
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"refoulement-kg operator\"");
            throw new HttpProblem(401, "Operator token required: Authorization: Bearer <token>.");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) throw new HttpProblem(403, "Wrong operator token.");
    }
}
