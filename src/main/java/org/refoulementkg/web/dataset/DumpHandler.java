package org.refoulementkg.web.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.refoulementkg.store.KnowledgeGraph;

import io.javalin.http.Context;
import org.refoulementkg.web.http.Validators;

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
        if (Validators.notModified(ctx, etag, loaded)) {
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
}
