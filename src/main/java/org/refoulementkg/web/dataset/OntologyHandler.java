package org.refoulementkg.web.dataset;

import java.time.Duration;

import org.apache.jena.atlas.web.MediaType;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.http.Negotiation;
import org.refoulementkg.web.http.Negotiation.Offers;
import org.refoulementkg.web.http.PerVersion;
import org.refoulementkg.web.http.RdfWriter;

import io.javalin.http.Context;

/**
 * {@code /ontology}, where the ontology IRI and its terms ({@code …/ontology#Transfer}) resolve: documentation
 * in HTML by default (for {@code *}{@code /*} too), the vocabulary itself in Turtle, JSON-LD, RDF/XML or N-Triples by
 * Accept or {@code ?format=}. Built once per version of the data.
 */
public final class OntologyHandler {
    private final PerVersion<OntologyDocs> docs;
    private final PerVersion<String> html;

    public OntologyHandler(KnowledgeGraph kg, Duration timeout, Links links) {
        this.docs = new PerVersion<>(kg, g -> OntologyDocs.read(g, timeout));
        this.html = new PerVersion<>(kg, g -> new OntologyPage(docs.get(), links).render());
    }

    public void handle(Context ctx) {
        ctx.header("Vary", "Accept");
        MediaType type = Negotiation.choose(ctx, Offers.PAGE_OR_GRAPHS);
        if (Negotiation.isHtml(type)) {
            ctx.html(Html.page("Ontology", html.get()));
            return;
        }
        RdfWriter.answer(ctx, docs.get().vocabulary(), Negotiation.langOf(type));
    }
}
