package org.refoulementkg.web.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.javalin.http.Context;

/**
 * Conditional requests for answers that change only when the data does: ETag and Last-Modified on the answer,
 * {@code Cache-Control: no-cache} (keep it, but ask us each time), and whether the client's copy is current.
 */
public final class Validators {
    private Validators() {}

    /** Sets the validators; true when the client already has this representation (answer 304, no body). */
    public static boolean notModified(Context ctx, Optional<String> etag, Optional<Instant> lastModified) {
        set(ctx, etag, lastModified);
        return clientIsCurrent(ctx, etag, lastModified);
    }

    public static void set(Context ctx, Optional<String> etag, Optional<Instant> lastModified) {
        etag.ifPresent(e -> ctx.header("ETag", e));
        lastModified.ifPresent(t -> ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(ZoneOffset.UTC))));
        ctx.header("Cache-Control", "no-cache");
    }

    /** If-None-Match decides when present (RFC 9110 §13.2.2), by weak comparison; otherwise If-Modified-Since. */
    public static boolean clientIsCurrent(Context ctx, Optional<String> etag, Optional<Instant> lastModified) {
        String inm = ctx.header("If-None-Match");
        if (inm != null) {
            if (etag.isEmpty()) return false;
            String ours = opaque(etag.get());
            for (String tag : inm.split(",")) {
                String t = opaque(tag.strip());
                if (t.equals("*") || t.equals(ours)) return true;
            }
            return false;
        }
        String ims = ctx.header("If-Modified-Since");
        if (ims == null || lastModified.isEmpty()) return false;
        try {
            Instant since = ZonedDateTime.parse(ims, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.get().isAfter(since);
        } catch (RuntimeException unparseable) {
            return false;
        }
    }

    /** Weak comparison: W/"x" and "x" match. */
    private static String opaque(String tag) { return tag.startsWith("W/") ? tag.substring(2) : tag; }
}
