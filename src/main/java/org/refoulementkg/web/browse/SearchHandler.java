package org.refoulementkg.web.browse;

import java.util.LinkedHashMap;
import java.util.List;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

import io.javalin.http.Context;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Labels;
import org.refoulementkg.web.http.HttpProblem;

/** {@code /search?q=}: ranked results as HTML, or as JSON for {@code Accept: application/json} / {@code format=json}. */
public final class SearchHandler {
    private static final int LIMIT = 50;
    private final SearchIndex index;
    private final Labels labels;

    public SearchHandler(SearchIndex index, Labels labels) {
        this.index = index;
        this.labels = labels;
    }

    public void handle(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        if (q.length() > 200) throw HttpProblem.badRequest("Search text is limited to 200 characters.");
        List<SearchIndex.Hit> hits = index.search(q, LIMIT);
        ctx.header("Vary", "Accept");
        if (wantsJson(ctx)) {
            var body = new LinkedHashMap<String, Object>();
            body.put("query", q);
            body.put("results", hits.stream().map(h -> {
                var m = new LinkedHashMap<String, Object>();
                m.put("iri", h.iri());
                m.put("label", h.label());
                m.put("href", labels.href(h.iri()));
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
                b.append("<li>").append(Html.a(labels.href(h.iri()), h.label()))
                 .append("<div class=\"muted\">").append(Html.esc(snippet)).append("</div></li>");
            }
            b.append("</ol>");
        }
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.page(q.isEmpty() ? "Search" : "Search: " + q, b.toString()));
    }

    private static boolean wantsJson(Context ctx) {
        if ("json".equalsIgnoreCase(ctx.queryParam("format"))) return true;
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) return false;
        MediaType m = AcceptList.match(new AcceptList(accept), AcceptList.create("text/html", "application/json"));
        return m != null && m.getContentTypeStr().equals("application/json");
    }
}
