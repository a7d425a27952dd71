package org.refoulementkg.web.sparql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.http.Formats;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.Negotiation;
import org.refoulementkg.web.http.Negotiation.Offers;
import org.refoulementkg.web.sparql.QueryCatalog.NamedQuery;

import io.javalin.http.Context;

/**
 * {@code /queries}: the catalogue of named queries (HTML, or JSON for {@code Accept: application/json}), and
 * {@code /queries/{name}}: one query — its page with the results, or, for a results/graph Accept or
 * {@code ?format=}, the answer itself exactly as {@code /sparql} would give it.
 */
public final class QueriesHandler {
    private static final int HTML_ROWS = 200;

    private final QueryCatalog catalog;
    private final SparqlHandler sparql;
    private final KnowledgeGraph kg;
    private final Duration timeout;
    private final ResultTable table;

    public QueriesHandler(QueryCatalog catalog, SparqlHandler sparql, KnowledgeGraph kg, Duration timeout, Links links) {
        this.catalog = catalog;
        this.sparql = sparql;
        this.kg = kg;
        this.timeout = timeout;
        this.table = new ResultTable(links);
    }

    public void list(Context ctx) {
        ctx.header("Vary", "Accept");
        MediaType type = Negotiation.choose(ctx, Offers.PAGE_OR_JSON);
        List<NamedQuery> queries = catalog.list();
        if (!Negotiation.isHtml(type)) {
            ctx.json(queries.stream().map(QueriesHandler::json).toList());
            return;
        }
        var body = new StringBuilder("<h1>Research queries</h1><p>Named SPARQL queries over the briefing's graph. ")
                .append("Open one to see its results, or run it in the ").append(Html.a("/sparql", "query page")).append(".</p>");
        if (queries.isEmpty()) body.append("<p class=\"muted\">No queries yet.</p>");
        body.append("<ul class=\"catalogue\">");
        for (NamedQuery q : queries) {
            body.append("<li>").append(Html.a("/queries/" + q.name(), q.title()))
                .append(" <span class=\"muted\">(").append(Html.a(Links.query(q.text()), "run")).append(")</span>");
            if (!q.description().isEmpty()) body.append("<br>").append(Html.esc(q.description()));
            body.append("</li>");
        }
        body.append("</ul>");
        ctx.html(Html.page("Research queries", body.toString()));
    }

    public void show(Context ctx) {
        ctx.header("Vary", "Accept");
        NamedQuery named = catalog.find(ctx.pathParam("name"))
                .orElseThrow(() -> new HttpProblem(404, "No query named '" + ctx.pathParam("name") + "'. The list is at /queries."));
        PreparedQuery prepared = sparql.prepare(named.text());
        Query query = prepared.query();
        MediaType type = Negotiation.choose(ctx, Offers.forQuery(query));
        if (!Negotiation.isHtml(type)) {
            sparql.answer(ctx, prepared, type);
            return;
        }
        String self = "/queries/" + named.name();
        boolean select = query.isSelectType();
        var body = new StringBuilder("<h1>").append(Html.esc(named.title())).append("</h1>");
        if (!named.description().isEmpty()) body.append("<p>").append(Html.esc(named.description())).append("</p>");
        body.append("<p class=\"alt\">").append(Html.a(Links.query(named.text()), "Run in the query page")).append(' ')
            .append(Links.formats(self, select || query.isAskType() ? Formats.RESULTS : Formats.GRAPHS));
        body.append("</p><pre class=\"query\">").append(Html.esc(named.text())).append("</pre>");
        if (select || query.isAskType()) body.append("<h2>Results</h2>").append(results(query));
        ctx.html(Html.page(named.title(), body.toString()));
    }

    /** The results as a table, or a message saying why there are none. */
    private String results(Query query) {
        try {
            return kg.query(query, timeout, qe -> query.isAskType()
                    ? "<p>" + (qe.execAsk() ? "Yes (true)." : "No (false).") + "</p>"
                    : table.render(qe.execSelect(), HTML_ROWS));
        } catch (QueryCancelledException e) {
            return "<p class=\"error\">The query timed out after " + timeout.toSeconds() + " s.</p>";
        } catch (RuntimeException e) {
            return "<p class=\"error\">The query failed: " + Html.esc(e.getMessage()) + "</p>";
        }
    }

    /** The query page, opened on this query and running it (a shareable link). */
    public static String runLink(String queryText) {
        return "/sparql?query=" + URLEncoder.encode(queryText, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, String> json(NamedQuery q) {
        var m = new LinkedHashMap<String, String>();
        m.put("name", q.name());
        m.put("title", q.title());
        m.put("description", q.description());
        m.put("url", "/queries/" + q.name());
        m.put("run", Links.query(q.text()));
        m.put("query", q.text());
        return m;
    }
}
