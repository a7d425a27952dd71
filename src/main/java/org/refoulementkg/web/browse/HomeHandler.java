package org.refoulementkg.web.browse;

import java.time.Duration;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.web.html.Html;

import io.javalin.http.Context;

/** The home page: what the dataset is, its citation and licence, counts, entry points and a search box. */
public final class HomeHandler {
    private static final Query COUNTS = QueryFactory.create(Prefixes.sparql() + """
            SELECT * WHERE {
              { SELECT (COUNT(DISTINCT ?c) AS ?cases) WHERE { ?c a rkg:CaseStudy } }
              { SELECT (COUNT(DISTINCT ?p) AS ?people) WHERE { ?p a rkg:Person } }
              { SELECT (COUNT(DISTINCT ?e) AS ?events) WHERE { ?e a rkg:Event } }
              { SELECT (COUNT(DISTINCT ?t) AS ?transfers) WHERE { ?t a rkg:Transfer } }
              { SELECT (COUNT(DISTINCT ?d) AS ?decisions) WHERE { ?d a rkg:Decision } }
              { SELECT (COUNT(DISTINCT ?f) AS ?footnotes) WHERE { ?f a rkg:Footnote } }
              { SELECT (COUNT(DISTINCT ?s) AS ?sources) WHERE { ?s a rkg:Source } }
              { SELECT (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?x ?y ?z } } }
            }""");
    private static final Listing BY_OUTCOME = new Listing("Cases by outcome", "", """
            SELECT ?outcome ?outcomeLabel (COUNT(DISTINCT ?case) AS ?cases) WHERE {
              ?case a rkg:CaseStudy ; rkg:outcome ?outcome . ?outcome skos:prefLabel ?outcomeLabel
            } GROUP BY ?outcome ?outcomeLabel ORDER BY DESC(?cases) ?outcomeLabel""", List.of("outcome", "cases"));

    private final KnowledgeGraph kg;
    private final Duration timeout;
    private final ListingTable tables;
    private final String base;

    public HomeHandler(KnowledgeGraph kg, Duration timeout, ListingTable tables, String base) {
        this.base = base;
        this.kg = kg;
        this.timeout = timeout;
        this.tables = tables;
    }

    public void handle(Context ctx) {
        var b = new StringBuilder();
        b.append("<h1>Europe: The Point of No Return — as linked data</h1>")
         .append("<p>A knowledge graph of Amnesty International’s briefing <cite>Europe: The Point of No Return — Europe must immediately halt ")
         .append("the return to Russia of people from the North Caucasus at risk of serious human rights violations</cite> ")
         .append("(EUR 01/7577/2024, January 2024): people whom European states deported, extradited or pushed back to Russia, and what ")
         .append("happened to them. Every fact links to the briefing’s footnote and its own words.</p>")
         .append("<p class=\"muted\">Text © Amnesty International 2024, licensed CC BY-NC-ND 4.0 (")
         .append(Html.a("https://creativecommons.org/licenses/by-nc-nd/4.0/", "licence")).append("). ")
         .append(Html.a("/id/briefing", "The briefing as a resource")).append(" · ")
         .append(Html.a("/sparql", "SPARQL endpoint")).append(" · ").append(Html.a("/queries", "research queries")).append("</p>");
        kg.query(COUNTS, timeout, qe -> {
            var rs = qe.execSelect();
            if (!rs.hasNext()) return null;
            var row = rs.next();
            b.append("<div class=\"counts\">");
            for (String v : new String[] {"cases", "people", "events", "transfers", "decisions", "footnotes", "sources", "triples"})
                b.append(Html.count(row.getLiteral(v).getLong(), v));
            b.append("</div>");
            return null;
        });
        b.append("<form class=\"search\" action=\"/search\" method=\"get\"><p><input type=\"search\" name=\"q\" aria-label=\"Search the graph\" ")
         .append("placeholder=\"A name, a place, a court, a source title…\"> <button type=\"submit\">Search</button></p></form>");
        b.append("<h2>Cases by outcome</h2>").append(tables.render(BY_OUTCOME));
        b.append("<h2>Browse</h2><ul class=\"cards\">")
         .append("<li>").append(Html.a("/explore", "Explore the cases by facets")).append("</li>")
         .append("<li>").append(Html.a("/timeline", "Every case on one timeline")).append("</li>")
         .append("<li>").append(Html.a("/browse/cases", "All 19 case studies")).append("</li>")
         .append("<li>").append(Html.a("/browse/states", "States and their transfers")).append("</li>")
         .append("<li>").append(Html.a("/browse/courts", "Courts and deciding bodies")).append("</li>")
         .append("<li>").append(Html.a("/browse/sources", "Cited sources")).append("</li></ul>");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.pageWithHead("Home", DatasetJsonLd.block(base), b.toString()));
    }
}
