package org.refoulementkg.web.entity;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.refoulementkg.store.KnowledgeGraph;

import io.javalin.http.Context;
import org.refoulementkg.web.html.Labels;
import org.refoulementkg.web.http.DataVersion;
import org.refoulementkg.web.http.Formats;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.Validators;
import org.refoulementkg.web.http.WorkGate;

/**
 * Every {@code /id/…} path answers for the canonical IRI {@code <base>id/…} by content negotiation on the
 * same URL: HTML for people, Turtle, JSON-LD, RDF/XML or N-Triples for machines ({@code ?format=} overrides
 * Accept). RDF keeps the canonical IRIs; pages link locally. Unknown IRIs get a real 404. Answers carry an ETag
 * (the data's fingerprint and the media type) and Last-Modified (the load time): a client that has the current
 * version gets 304 without any query being run.
 */
public final class EntityHandler {
    /** Slug segments only: no "..", no empty segments, nothing a path could escape with. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_~.%-]+(/[A-Za-z0-9_~.%-]+)*");

    private final String base;
    private final EntityPage page;
    private final Neighbourhood neighbourhood;
    private final DataVersion version;
    private final WorkGate gate;

    public EntityHandler(KnowledgeGraph kg, Duration timeout, String base) {
        this(kg, timeout, base, new DataVersion(kg, timeout));
    }

    public EntityHandler(KnowledgeGraph kg, Duration timeout, String base, DataVersion version) {
        this.base = base;
        this.page = new EntityPage(new Labels(base));
        this.version = version;
        this.neighbourhood = new Neighbourhood(kg, timeout, new LabelCache(kg, version, timeout));
        this.gate = WorkGate.perCore(timeout);
    }

    public void handle(Context ctx) {
        String path = ctx.pathParam("path");
        MediaType type = Formats.chooseForPage(ctx.queryParam("format"), ctx.header("Accept"));
        ctx.header("Vary", "Accept");
        String localPath = "/id/" + path;
        ctx.header("Link", Formats.alternates(localPath));
        if (!PATH.matcher(path).matches() || path.contains("..")) throw notFound(path);
        String iri = base + "id/" + path;
        // The answer changes only when the data does: a client holding this version's copy gets 304, and no query runs.
        var current = version.current();
        Optional<String> etag = current.map(v -> "W/\"" + v.fingerprint() + "-" + type.getSubType() + "\"");
        Optional<Instant> loaded = current.flatMap(DataVersion.Version::loaded);
        if (Validators.clientIsCurrent(ctx, etag, loaded)) {
            Validators.set(ctx, etag, loaded);
            ctx.status(304);
            return;
        }
        boolean html = type.getContentTypeStr().equals("text/html");
        byte[] body = gate.run(() -> html ? page(iri, path, localPath) : data(iri, path, Formats.langOf(type)));
        Validators.set(ctx, etag, loaded);
        ctx.contentType((html ? "text/html" : Formats.langOf(type).getContentType().getContentTypeStr()) + "; charset=utf-8");
        ctx.result(body);
    }

    private byte[] page(String iri, String path, String localPath) {
        Model m = neighbourhood.forPage(iri);
        if (m.isEmpty()) throw notFound(path);
        return page.render(m, iri, localPath).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private byte[] data(String iri, String path, Lang lang) {
        Model m = neighbourhood.forData(iri);
        if (m.isEmpty()) throw notFound(path);
        var out = new ByteArrayOutputStream();
        if (lang.equals(Lang.JSONLD)) RDFDataMgr.write(out, m, RDFFormat.JSONLD11_PRETTY); // compact, prefixes as @context
        else RDFDataMgr.write(out, m, lang);
        return out.toByteArray();
    }

    private static HttpProblem notFound(String path) {
        return new HttpProblem(404, "Nothing is known about /id/" + path + " in this dataset.");
    }
}
