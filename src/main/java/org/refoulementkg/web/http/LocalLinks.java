package org.refoulementkg.web.http;

import io.javalin.http.Context;

/** The server's own origin as the client reached it, so that pages link locally whatever host and port. */
public final class LocalLinks {
    private LocalLinks() {}

    public static String origin(Context ctx) {
        String host = ctx.host();
        return ctx.scheme() + "://" + (host == null ? "localhost" : host);
    }
}
