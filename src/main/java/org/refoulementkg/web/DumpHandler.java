package org.refoulementkg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.refoulementkg.store.KnowledgeGraph;

import io.javalin.http.Context;

/**
 * {@code /dump/dataset.trig} and {@code /dump/dataset.nq.gz}: every named graph, streamed from the store.
 * The data changes only on reload, so the ETag is the served data's fingerprint and Last-Modified the time it
 * was loaded; a client that has this version gets 304 and no body. HEAD gives the headers without exporting.
 */
public final class DumpHandler {
    private final KnowledgeGraph kg;
    private final Duration timeout;

    public DumpHandler(KnowledgeGraph kg, Duration timeout) {
        this.kg = kg;
        this.timeout = timeout;
    }

    public void trig(Context ctx) { dump(ctx, Lang.TRIG, "trig", "application/trig; charset=utf-8", false); }

    public void nquadsGz(Context ctx) { dump(ctx, Lang.NQUADS, "nq.gz", "application/gzip", true); }

    private void dump(Context ctx, Lang lang, String extension, String contentType, boolean gzip) {
        // Weak: the same version of the data is the same dump, whether or not the transfer is gzip-encoded.
        Optional<String> etag = kg.fingerprint().map(f -> "W/\"" + f + "-" + extension + "\"");
        Optional<Instant> loaded = DatasetStats.loaded(kg, timeout).map(t -> t.truncatedTo(ChronoUnit.SECONDS));
        etag.ifPresent(e -> ctx.header("ETag", e));
        loaded.ifPresent(t -> ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(ZoneOffset.UTC))));
        ctx.header("Cache-Control", "no-cache"); // may be kept, but ask us (cheaply, with the validators) each time
        if (notModified(ctx, etag, loaded)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"dataset." + extension + "\"");
        if (ctx.method().name().equals("HEAD")) return;
        try {
            OutputStream out = ctx.outputStream();
            if (gzip) {
                var gz = new GZIPOutputStream(out, 64 * 1024);
                kg.export(gz, lang);
                gz.finish();
            } else {
                kg.export(out, lang);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Weak comparison: W/"x" and "x" match. */
    private static String opaque(String tag) { return tag.startsWith("W/") ? tag.substring(2) : tag; }

    /** If-None-Match decides when present (RFC 9110 §13.2.2); otherwise If-Modified-Since. */
    private static boolean notModified(Context ctx, Optional<String> etag, Optional<Instant> loaded) {
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
        if (ims == null || loaded.isEmpty()) return false;
        try {
            Instant since = ZonedDateTime.parse(ims, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !loaded.get().isAfter(since);
        } catch (RuntimeException unparseable) {
            return false;
        }
    }
}
