package org.refoulementkg.web.browse;

import java.util.List;
import java.util.Map;

import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.http.HttpProblem;

import io.javalin.http.Context;

/** {@code /browse/cases|states|courts|sources}: entry points into the graph for people who don't write SPARQL. */
public final class BrowseHandler {
    static final Map<String, Listing> LISTINGS = Map.of(
            "cases", new Listing("Case studies", "The briefing's 19 case studies, with what happened and which state returned or tried to return the person.", """
                    SELECT ?case ?caseLabel ?person ?personLabel (GROUP_CONCAT(DISTINCT ?o; separator=", ") AS ?outcomes)
                           (GROUP_CONCAT(DISTINCT ?s; separator=", ") AS ?returnedBy) WHERE {
                      ?case a rkg:CaseStudy ; rdfs:label ?caseLabel ; rkg:person ?person .
                      ?person rdfs:label ?personLabel .
                      OPTIONAL { ?case rkg:outcome/skos:prefLabel ?o }
                      OPTIONAL { ?case rkg:returningState/rdfs:label ?s }
                    } GROUP BY ?case ?caseLabel ?person ?personLabel ORDER BY ?personLabel""",
                    List.of("person", "outcomes", "returnedBy", "case")),
            "states", new Listing("States", "States named in the briefing, with the transfers they made and the decisions of their courts and authorities.", """
                    SELECT ?state ?stateLabel (COUNT(DISTINCT ?t) AS ?transfers) (COUNT(DISTINCT ?d) AS ?decisions) WHERE {
                      ?state a rkg:State ; rdfs:label ?stateLabel .
                      OPTIONAL { ?t rkg:sendingState ?state }
                      OPTIONAL { ?d a rkg:Decision ; rkg:decidedBy/rkg:jurisdiction ?state }
                    } GROUP BY ?state ?stateLabel ORDER BY DESC(?transfers) ?stateLabel""",
                    List.of("state", "transfers", "decisions")),
            "courts", new Listing("Courts and deciding bodies", "Courts, authorities and bodies that decided on the people in the briefing.", """
                    SELECT ?body ?bodyLabel (COUNT(DISTINCT ?d) AS ?decisions) WHERE {
                      ?d rkg:decidedBy ?body . ?body rdfs:label ?bodyLabel .
                    } GROUP BY ?body ?bodyLabel ORDER BY DESC(?decisions) ?bodyLabel""",
                    List.of("body", "decisions")),
            "sources", new Listing("Cited sources", "Every source the briefing's footnotes cite, with its language and the footnotes that cite it.", """
                    SELECT ?source ?sourceLabel ?language (GROUP_CONCAT(DISTINCT STR(?n); separator=", ") AS ?footnotes) WHERE {
                      ?source a rkg:Source . OPTIONAL { ?source rdfs:label ?sourceLabel } OPTIONAL { ?source dcterms:language ?language }
                      OPTIONAL { ?fn rkg:cites ?source ; rkg:footnoteNumber ?n }
                    } GROUP BY ?source ?sourceLabel ?language ORDER BY ?sourceLabel""",
                    List.of("source", "language", "footnotes")));

    private final ListingTable tables;

    public BrowseHandler(ListingTable tables) { this.tables = tables; }

    public void handle(Context ctx) {
        Listing l = LISTINGS.get(ctx.pathParam("kind"));
        if (l == null) throw new HttpProblem(404, "No such list: " + ctx.pathParam("kind") + ". Try cases, states, courts or sources.");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.page(l.title(), "<h1>" + Html.esc(l.title()) + "</h1><p>" + Html.esc(l.intro()) + "</p>" + tables.render(l)));
    }
}
