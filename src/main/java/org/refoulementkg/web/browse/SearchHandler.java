package org.refoulementkg.web.browse;

import java.util.LinkedHashMap;
import java.util.List;

import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.Negotiation;
import org.refoulementkg.web.http.Negotiation.Offers;

import io.javalin.http.Context;

/** {@code /search?q=}: ranked results as HTML, or as JSON for {@code Accept: application/json} / {@code format=json}. */
public final class SearchHandler {
    private static final int LIMIT = 50;
    private final SearchIndex index;
    private final Links links;

    public SearchHandler(SearchIndex index, Links links) {
        this.index = index;
        this.links = links;
    }

    public void handle(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (q.length() > 200) throw HttpProblem.badRequest("Search text is limited to 200 characters.");
        List<SearchIndex.Hit> hits = index.search(q, LIMIT);
        ctx.header("Vary", "Accept");
        if (!Negotiation.isHtml(Negotiation.choose(ctx, Offers.PAGE_OR_JSON))) {
            var body = new LinkedHashMap<String, Object>();
            body.put("query", q);
            body.put("results", hits.stream().map(h -> {
                var m = new LinkedHashMap<String, Object>();
                m.put("iri", h.iri());
                m.put("label", h.label());
                m.put("href", links.href(h.iri()));
                m.put("score", Math.round(h.score() * 100) / 100.0);
                m.put("matched", h.matched());
                return m;
            }).toList());
            ctx.json(body);
            return;
        }
        var b = new StringBuilder("<h1>Search</h1><form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\"")
                .append(Html.esc(q)).append("\" aria-label=\"Search\"> <button type=\"submit\">Search</button></form>");
        if (!q.isEmpty()) {
            b.append("<p class=\"muted\">").append(hits.size()).append(hits.size() == LIMIT ? "+" : "").append(" results for “")
             .append(Html.esc(q)).append("”</p><ol class=\"results\">");
            for (var h : hits) {
                String snippet = h.matched().length() > 240 ? h.matched().substring(0, 237) + "…" : h.matched();
                b.append("<li>").append(links.to(h.iri(), h.label()))
                 .append("<div class=\"muted\">").append(Html.esc(snippet)).append("</div></li>");
            }
            b.append("</ol>");
        }
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.page(q.isEmpty() ? "Search" : "Search: " + q, b.toString()));
    }
}
