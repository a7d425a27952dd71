package org.refoulementkg.web.explore;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.refoulementkg.web.facets.Facet;
import org.refoulementkg.web.facets.FacetQueries;
import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.facets.Selection;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.http.Negotiation;
import org.refoulementkg.web.http.Negotiation.Offers;

import io.javalin.http.Context;

/**
 * {@code /explore}: the case studies narrowed by facets — sending state, destination, transfer type, year of transfer,
 * event kind and its attribution, outcome, risk profile, court — each value with the number of people it leaves under
 * the other facets' choices. The choice is the URL (plain links and a GET form: no script needed); the page shows the
 * SPARQL it ran, with a link that opens it in the query page, and the list as CSV or JSON ({@code ?format=csv|json}).
 */
public final class ExploreHandler {
    /** The page first (a client that takes anything gets the page), then the list in the SPARQL results formats. */
    private static final Offers OFFERS = new Offers(java.util.stream.Stream.concat(java.util.stream.Stream.of(Negotiation.HTML),
            org.refoulementkg.web.http.Formats.RESULTS.stream().map(org.refoulementkg.web.http.Formats::mediaType)).toList());

    /** How many values a facet shows before the rest fold away. */
    private static final int FOLD = 12;

    private final FacetValues facets;
    private final Links links;

    public ExploreHandler(FacetValues facets, Links links) {
        this.facets = facets;
        this.links = links;
    }

    public void handle(Context ctx) {
        Selection s = facets.selection(ctx);
        Query results = FacetQueries.results(s);
        MediaType type = Negotiation.choose(ctx, OFFERS);
        ctx.header("Vary", "Accept");
        if (!Negotiation.isHtml(type)) {
            Lang lang = Negotiation.langOf(type);
            var out = new ByteArrayOutputStream();
            facets.kgQuery(results, qe -> { ResultsWriter.create().lang(lang).write(out, qe.execSelect()); return null; });
            ctx.contentType(type.getContentTypeStr() + (type.getContentTypeStr().startsWith("text/") ? "; charset=utf-8" : ""));
            ctx.result(out.toByteArray());
            return;
        }
        List<QuerySolution> rows = facets.select(results);
        var b = new StringBuilder();
        b.append("<h1>Explore the cases</h1><p>The briefing’s 19 case studies, narrowed by what happened. Choose values on the left: ")
         .append("within a facet any of them, across facets all. Each number is how many people have that value, given the choices in the other facets. ")
         .append("Facets about a transfer (state, destination, type, year) speak of one and the same transfer; event kind and attribution of one event.</p>");
        b.append("<div class=\"explore\"><nav class=\"facets\" aria-label=\"Facets\">");
        if (!s.isEmpty()) b.append("<p>").append(Html.a("/explore", "Clear all choices")).append("</p>");
        facets.all(s).forEach((f, values) -> facet(b, s, f, values));
        yearForm(b, s);
        b.append("</nav><section class=\"results\" aria-labelledby=\"results-h\"><h2 id=\"results-h\">")
         .append(rows.size()).append(rows.size() == 1 ? " person" : " people").append("</h2>");
        table(b, rows);
        String q = s.query();
        b.append("<p>This list as ").append(Html.a("/explore" + q + (q.isEmpty() ? "?" : "&") + "format=csv", "CSV"))
         .append(" · ").append(Html.a("/explore" + q + (q.isEmpty() ? "?" : "&") + "format=json", "JSON"))
         .append(" · ").append(Html.a("/timeline" + q, "these people on the timeline"))
         .append(" · ").append(Html.a("/flows" + q, "as flows")).append("</p>");
        b.append("<details class=\"sparql\"><summary>The SPARQL behind this list</summary><pre><code>").append(Html.esc(results.toString()))
         .append("</code></pre><p>").append(Html.a(Links.query(results.toString()), "Open in the query page")).append("</p></details>");
        b.append("</section></div>");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.page("Explore the cases", b.toString()));
    }

    private static void facet(StringBuilder b, Selection s, Facet f, List<FacetValues.Value> values) {
        if (values.isEmpty() && !s.has(f)) return;
        b.append("<section class=\"facet\" id=\"facet-").append(f.key).append("\" aria-labelledby=\"facet-").append(f.key).append("-h\"><h2 id=\"facet-")
         .append(f.key).append("-h\">").append(Html.esc(f.title)).append("</h2><ul>");
        if (f == Facet.YEAR) values = values.stream().sorted((x, y) -> x.slug().compareTo(y.slug())).toList();
        int shown = 0;
        for (FacetValues.Value v : values) {
            // a long facet shows its first values; the rest open on demand (a details element: no script)
            if (shown++ == FOLD && values.size() > FOLD + 2)
                b.append("</ul><details class=\"more\"><summary>").append(values.size() - FOLD).append(" more</summary><ul>");
            boolean chosen = f == Facet.YEAR ? s.since() != null && s.since().toString().equals(v.slug()) && v.slug().equals(String.valueOf(s.until()))
                    : s.chosen(f, v.slug());
            String href = "/explore" + (f == Facet.YEAR ? (chosen ? s.without(f) : s.year(Integer.parseInt(v.slug()))) : s.toggle(f, v.slug())).query();
            b.append("<li><a href=\"").append(Html.esc(href.equals("/explore") ? "/explore" : href)).append("\"")
             .append(chosen ? " class=\"chosen\" aria-current=\"true\"" : "").append(">")
             .append(chosen ? "<span aria-hidden=\"true\">✓ </span>" : "").append(Html.esc(v.label()))
             .append(chosen ? "<span class=\"visually-hidden\"> (chosen: follow to remove)</span>" : "")
             .append("</a> <span class=\"count\">").append(v.people()).append("</span></li>");
        }
        b.append(values.size() > FOLD + 2 ? "</ul></details></section>" : "</ul></section>");
    }

    /** The year range as a GET form: the other choices ride along as hidden fields. */
    private static void yearForm(StringBuilder b, Selection s) {
        b.append("<form class=\"years\" action=\"/explore\" method=\"get\"><fieldset><legend>Years of transfer, from … to</legend>");
        s.values().forEach((f, vs) -> vs.forEach(v -> b.append("<input type=\"hidden\" name=\"").append(f.key).append("\" value=\"").append(Html.esc(v)).append("\">")));
        b.append("<label>from <input type=\"number\" name=\"since\" min=\"1990\" max=\"2030\" value=\"").append(s.since() == null ? "" : s.since()).append("\"></label> ")
         .append("<label>to <input type=\"number\" name=\"until\" min=\"1990\" max=\"2030\" value=\"").append(s.until() == null ? "" : s.until()).append("\"></label> ")
         .append("<button type=\"submit\">Apply</button></fieldset></form>");
    }

    private void table(StringBuilder b, List<QuerySolution> rows) {
        b.append("<table class=\"people\"><thead><tr><th scope=\"col\">person</th><th scope=\"col\">returned by</th><th scope=\"col\">how</th>")
         .append("<th scope=\"col\">first transfer</th><th scope=\"col\">outcomes</th><th scope=\"col\">case study</th></tr></thead><tbody>");
        for (QuerySolution r : rows) {
            b.append("<tr><td>").append(links.to(r.getResource("person").getURI(), text(r.get("name")))).append("</td>")
             .append("<td>").append(Html.esc(text(r.get("returnedBy")))).append("</td>")
             .append("<td>").append(Html.esc(text(r.get("transferTypes")))).append("</td>")
             .append("<td>").append(Html.esc(text(r.get("firstTransfer")))).append("</td>")
             .append("<td>").append(Html.esc(text(r.get("outcomes")))).append("</td>")
             .append("<td>").append(links.to(r.getResource("case").getURI(), "case study")).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static String text(RDFNode n) { return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString(); }
}
