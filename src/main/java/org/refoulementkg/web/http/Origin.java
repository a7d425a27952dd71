package org.refoulementkg.web.http;

import io.javalin.http.Context;

/** The server's own origin as the client reached it, so that answers name this server whatever its host and port. */
public final class Origin {
    private Origin() {}

    public static String of(Context ctx) {
        String host = ctx.host();
        return ctx.scheme() + "://" + (host == null ? "localhost" : host);
    }
}
