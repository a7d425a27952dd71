package org.refoulementkg.web.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.refoulementkg.store.DataVersion;

import io.javalin.http.Context;

/**
 * Conditional requests for answers that change only when the data does: a weak ETag (the data's fingerprint and the
 * representation), Last-Modified (when the data was loaded, to the second as HTTP dates have it), {@code
 * Cache-Control: no-cache} (keep it, but ask us each time), and whether the client's copy is current.
 *
 * <pre>{@code
 * var validators = Conditional.of(kg.version(), "turtle");
 * if (validators.clientIsCurrent(ctx)) { validators.set(ctx); ctx.status(304); return; }
 * }</pre>
 */
public record Conditional(Optional<String> etag, Optional<Instant> lastModified) {

    /** The validators of one representation ({@code variant}: its media subtype or file extension) of a version of the data. */
    public static Conditional of(Optional<DataVersion> version, String variant) {
        return new Conditional(version.map(v -> "W/\"" + v.fingerprint() + "-" + variant + "\""),
                version.flatMap(DataVersion::loaded).map(t -> t.truncatedTo(ChronoUnit.SECONDS)));
    }

    public void set(Context ctx) {
        etag.ifPresent(e -> ctx.header("ETag", e));
        lastModified.ifPresent(t -> ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(ZoneOffset.UTC))));
        ctx.header("Cache-Control", "no-cache");
    }

    /** If-None-Match decides when present (RFC 9110 §13.2.2), by weak comparison; otherwise If-Modified-Since. */
    public boolean clientIsCurrent(Context ctx) {
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
