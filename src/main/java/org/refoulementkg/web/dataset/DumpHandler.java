package org.refoulementkg.web.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.http.Conditional;
import org.refoulementkg.web.http.Formats;
import org.refoulementkg.web.http.RdfVersion;
import org.refoulementkg.web.http.RdfWriter;

import io.javalin.http.Context;

/**
 * {@code /dump/dataset.trig} and {@code /dump/dataset.nq.gz}: every named graph, streamed from the store.
 * The data changes only on reload, so the ETag is the served data's fingerprint and Last-Modified the time it
 * was loaded; a client that has this version gets 304 and no body. HEAD gives the headers without exporting.
 */
public final class DumpHandler {
    private final KnowledgeGraph kg;

    public DumpHandler(KnowledgeGraph kg) { this.kg = kg; }

    public void trig(Context ctx) { dump(ctx, Lang.TRIG, "trig", "application/trig; charset=utf-8", false); }

    public void nquadsGz(Context ctx) { dump(ctx, Lang.NQUADS, "nq.gz", "application/gzip", true); }

    private void dump(Context ctx, Lang lang, String extension, String contentType, boolean gzip) {
        // RDF 1.1 unless asked (?rdf=1.2 or Accept: application/trig; version=1.2): readable by any RDF 1.1 tool
        RdfVersion version = RdfVersion.requested(ctx, MediaType.create(Formats.mediaType(lang)));
        // Weak: the same version of the data is the same dump, whether or not the transfer is gzip-encoded.
        var validators = Conditional.of(kg.version(), extension + version.variant());
        validators.set(ctx);
        if (validators.clientIsCurrent(ctx)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(gzip ? contentType : RdfWriter.contentType(lang, version));
        ctx.header("Content-Disposition", "attachment; filename=\"dataset." + extension + "\"");
        if (ctx.method().name().equals("HEAD")) return;
        try {
            OutputStream out = ctx.outputStream();
            OutputStream body = gzip ? new GZIPOutputStream(out, 64 * 1024) : out;
            kg.export(dataset -> RdfWriter.write(body, dataset, lang, version));
            if (body instanceof GZIPOutputStream gz) gz.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
