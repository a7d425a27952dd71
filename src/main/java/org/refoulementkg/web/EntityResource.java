package org.refoulementkg.web;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.refoulementkg.store.KnowledgeGraph;

import io.javalin.http.Context;

/**
 * Every {@code /id/…} path answers for the canonical IRI {@code <base>id/…} by content negotiation on the
 * same URL: HTML for people, Turtle, JSON-LD, RDF/XML or N-Triples for machines ({@code ?format=} overrides
 * Accept). RDF keeps the canonical IRIs; pages link locally. Unknown IRIs get a real 404.
 */
public final class EntityResource {
    /** Slug segments only: no "..", no empty segments, nothing a path could escape with. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_~.%-]+(/[A-Za-z0-9_~.%-]+)*");

    private final KnowledgeGraph kg;
    private final Duration timeout;
    private final String base;
    private final EntityPage page;

    public EntityResource(KnowledgeGraph kg, Duration timeout, String base) {
        this.kg = kg;
        this.timeout = timeout;
        this.base = base;
        this.page = new EntityPage(new Labels(base));
    }

    public void handle(Context ctx) {
        String path = ctx.pathParam("path");
        MediaType type = Formats.chooseForPage(ctx.queryParam("format"), ctx.header("Accept"));
        ctx.header("Vary", "Accept");
        String localPath = "/id/" + path;
        ctx.header("Link", Formats.alternates(localPath));
        if (!PATH.matcher(path).matches() || path.contains("..")) throw notFound(path);
        String iri = base + "id/" + path;
        boolean html = type.getContentTypeStr().equals("text/html");
        Model m = html ? Neighbourhood.forPage(kg, iri, timeout) : Neighbourhood.forData(kg, iri, timeout);
        if (m.isEmpty()) throw notFound(path);
        if (html) {
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(page.render(m, iri, localPath));
            return;
        }
        Lang lang = Formats.langOf(type);
        var out = new ByteArrayOutputStream();
        if (lang.equals(Lang.JSONLD)) RDFDataMgr.write(out, m, RDFFormat.JSONLD11_PRETTY); // compact, prefixes as @context
        else RDFDataMgr.write(out, m, lang);
        ctx.contentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        ctx.result(out.toByteArray());
    }

    private static HttpProblem notFound(String path) {
        return new HttpProblem(404, "Nothing is known about /id/" + path + " in this dataset.");
    }
}
