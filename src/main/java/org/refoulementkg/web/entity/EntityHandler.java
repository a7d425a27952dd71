package org.refoulementkg.web.entity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.html.Labels;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.http.Conditional;
import org.refoulementkg.web.http.Formats;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.Negotiation;
import org.refoulementkg.web.http.Negotiation.Offers;
import org.refoulementkg.web.http.RdfVersion;
import org.refoulementkg.web.http.RdfWriter;
import org.refoulementkg.web.http.WorkGate;

import io.javalin.http.Context;

/**
 * Every {@code /id/…} path answers for the canonical IRI {@code <base>id/…} by content negotiation on the
 * same URL: HTML for people, Turtle, JSON-LD, RDF/XML or N-Triples for machines ({@code ?format=} overrides
 * Accept). RDF keeps the canonical IRIs; pages link locally. Unknown IRIs get a real 404. Answers carry an ETag
 * (the data's fingerprint and the media type) and Last-Modified (the load time): a client that has the current
 * version gets 304 without any query being run.
 */
public final class EntityHandler {
    /** Slug segments only: no "..", no empty segments, nothing a path could escape with. */
    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_~.%-]+(/[A-Za-z0-9_~.%-]+)*");

    private final KnowledgeGraph kg;
    private final String base;
    private final EntityPage page;
    private final Neighbourhood neighbourhood;
    private final WorkGate gate;

    public EntityHandler(KnowledgeGraph kg, Duration timeout, Links links) {
        this.kg = kg;
        this.base = links.base();
        this.page = new EntityPage(new Labels(links));
        this.neighbourhood = new Neighbourhood(kg, timeout, new LabelCache(kg, timeout));
        this.gate = WorkGate.perCore(timeout);
    }

    public void handle(Context ctx) {
        String path = ctx.pathParam("path");
        MediaType type = Negotiation.choose(ctx, Offers.PAGE_OR_GRAPHS);
        ctx.header("Vary", "Accept");
        String localPath = "/id/" + path;
        ctx.header("Link", Negotiation.alternates(localPath));
        if (!PATH.matcher(path).matches() || path.contains("..")) throw notFound(path);
        String iri = base + "id/" + path;
        boolean html = Negotiation.isHtml(type);
        Lang lang = html ? null : Negotiation.langOf(type);
        // The answer changes only when the data does: a client holding this version's copy gets 304, and no query runs.
        RdfVersion version = RdfVersion.requested(ctx, type);
        String kind = html ? kind(ctx) : null; // a person's timeline narrowed to one kind of event: its own page
        var validators = Conditional.of(kg.version(), html ? "html" + (kind == null ? "" : "-" + kind) : type.getSubType() + version.variant());
        if (validators.clientIsCurrent(ctx)) {
            validators.set(ctx);
            ctx.status(304);
            return;
        }
        byte[] body = gate.run(() -> html ? page(iri, path, localPath, kind) : data(iri, path, lang, version));
        validators.set(ctx);
        ctx.header("Link", Negotiation.alternates(localPath) + ", " + Signposting.links(iri, localPath)); // only for what exists
        ctx.contentType(html ? Negotiation.HTML + "; charset=utf-8" : RdfWriter.contentType(lang, version));
        ctx.result(body);
    }

    /** The {@code ?kind=} of a page (a concept's slug, e.g. {@code arrest}), or null for all; anything else is a 400. */
    private static String kind(Context ctx) {
        String k = ctx.queryParam("kind");
        if (k == null || k.isBlank()) return null;
        if (!KIND.matcher(k).matches()) throw new HttpProblem(400, "Not a kind of event: " + k + " (a name such as arrest or deportation).");
        return k;
    }

    private byte[] page(String iri, String path, String localPath, String kind) {
        Model m = neighbourhood.forPage(iri, EntityPage.SECTIONS);
        if (m.isEmpty()) throw notFound(path);
        return page.render(m, iri, localPath, kind).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] data(String iri, String path, Lang lang, RdfVersion version) {
        Model m = neighbourhood.forData(iri);
        if (m.isEmpty()) throw notFound(path);
        return RdfWriter.bytes(m, lang, version);
    }

    private static HttpProblem notFound(String path) {
        return new HttpProblem(404, "Nothing is known about /id/" + path + " in this dataset.");
    }
}
