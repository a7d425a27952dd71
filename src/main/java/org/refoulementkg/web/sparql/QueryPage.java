package org.refoulementkg.web.sparql;

import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.sparql.QueryCatalog.NamedQuery;

import io.javalin.http.Context;

/**
 * The query page a browser gets at {@code /sparql} (also for {@code /sparql?query=…}, which it runs): YASGUI,
 * served from our own jar, set up by {@code /static/query.js}. Everything the script needs — endpoint,
 * prefixes, canonical base, the named queries — travels in data- attributes, so no inline script is needed.
 * Without JavaScript, a plain form still runs queries.
 */
public final class QueryPage {
    /** Where the YASGUI webjar is served (its version in the path, so it may be cached for long). */
    public static final String YASGUI = "/assets/yasgui/4.5.0";
    private static final String DEFAULT_QUERY = """
            SELECT ?person ?label WHERE {
              ?person a rkg:Person ;
                      rdfs:label ?label .
            }
            ORDER BY ?label
            LIMIT 25
            """;

    private final QueryCatalog catalog;

    public QueryPage(QueryCatalog catalog) { this.catalog = catalog; }

    public void render(Context ctx) {
        String prefixes = Prefixes.sparql();
        var body = new StringBuilder(8192);
        body.append("<link rel=\"stylesheet\" href=\"" + YASGUI + "/build/yasgui.min.css\">")
            .append("<link rel=\"stylesheet\" href=\"/static/query.css\">")
            .append("<h1>SPARQL query</h1>")
            .append("<p>Ask the briefing's graph anything in SPARQL 1.1. The default graph is the union of all graphs; ")
            .append("the project's prefixes are declared for you. Results link to the entity pages; ")
            .append("the endpoint for other tools is <code>/sparql</code>.</p>")
            .append("<div class=\"query-layout\">");
        examples(body);
        body.append("<div class=\"query-main\"><div id=\"query-ui\" data-endpoint=\"/sparql\" data-id-base=\"").append(Html.esc(RKG.ID))
            .append("\" data-prefixes=\"").append(Html.esc(prefixes))
            .append("\" data-default-query=\"").append(Html.esc(DEFAULT_QUERY)).append("\">")
            .append("<noscript><form method=\"get\" action=\"/sparql\"><textarea name=\"query\" rows=\"16\" cols=\"100\">")
            .append(Html.esc(prefixes + "\n" + DEFAULT_QUERY))
            .append("</textarea><p><label>Results as <select name=\"format\"><option>csv</option><option>json</option>")
            .append("<option>tsv</option><option>xml</option><option>turtle</option></select></label> ")
            .append("<button type=\"submit\">Run</button></p></form></noscript></div>")
            .append("<p class=\"query-links\" hidden>Share: <a id=\"share-link\" href=\"/sparql\">link to this query</a> · ")
            .append("Download all results: <a id=\"download-csv\" href=\"/sparql\">CSV</a> <a id=\"download-json\" href=\"/sparql\">JSON</a></p>")
            .append("</div></div>");
        ctx.header("Vary", "Accept");
        ctx.html(Html.page("SPARQL query", body.toString(), YASGUI + "/build/yasgui.min.js", "/static/query.js"));
    }

    /** The named queries; a click loads one into the editor (without JavaScript the link opens its page). */
    private void examples(StringBuilder body) {
        body.append("<nav class=\"examples\" aria-label=\"Example queries\"><h2>Examples</h2><ul id=\"examples\">");
        for (NamedQuery q : catalog.list()) {
            body.append("<li><a href=\"/queries/").append(Html.esc(q.name())).append("\" data-name=\"").append(Html.esc(q.name()))
                .append("\" data-query=\"").append(Html.esc(q.text())).append("\" title=\"").append(Html.esc(q.description())).append("\">")
                .append(Html.esc(q.title())).append("</a></li>");
        }
        body.append("</ul><p><a href=\"/queries\">All queries</a></p></nav>");
    }
}
