package org.refoulementkg.web.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;

import org.refoulementkg.store.LoadFailedException;
import org.refoulementkg.store.Publication;
import org.refoulementkg.store.Publisher;
import org.refoulementkg.web.http.HttpProblem;

import io.javalin.http.Context;

/**
 * Operator actions, behind a bearer token the operator configures ({@code --admin-token} or
 * {@code RKG_ADMIN_TOKEN}). Without a configured token they are disabled (403); without the right token, 401.
 * {@code POST /admin/reload} has the publisher validate ontology/ and data/ and publish them; invalid data
 * changes nothing (422).
 */
public final class AdminHandler {
    private final Publisher publisher;
    private final byte[] token;

    /** @param publisher what a reload publishes with; {@code token} null or blank disables operator actions */
    public AdminHandler(Publisher publisher, String token) {
        this.publisher = publisher;
        this.token = publisher == null || token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public void reload(Context ctx) {
        authorise(ctx);
        var body = new LinkedHashMap<String, Object>();
        try {
            Publication p = publisher.publish(null).publication();
            body.put("status", "reloaded");
            body.put("files", p.files());
            body.put("triples", p.quads());
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
