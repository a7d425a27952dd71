package org.refoulementkg.web.explore;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.refoulementkg.web.facets.FacetQueries;
import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.facets.Listed;
import org.refoulementkg.web.facets.Page;
import org.refoulementkg.web.facets.Selection;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.http.Formats;
import org.refoulementkg.web.http.Negotiation;
import org.refoulementkg.web.http.Negotiation.Offers;

import io.javalin.http.Context;

/**
 * {@code /explore}: the case studies narrowed by facets — sending state, destination, transfer type, year of transfer,
 * event kind and its attribution, outcome, risk profile, court — as a list of people ({@code ?show=people}, the default)
 * or of their events ({@code ?show=events}), each facet value with the number of people (or events) it leaves under the
 * other facets' choices. The choice is the URL (plain links and a GET form: no script needed); a page lists at most
 * {@code pageSize} rows, with a link to the next ones; the page shows the SPARQL it ran, with a link that opens it in the
 * query page, and the whole list (its first 10,000 rows) as CSV or JSON ({@code ?format=csv|json}).
 */
public final class ExploreHandler {
    /** Rows on a page by default. */
    public static final int PAGE_SIZE = 100;
    /** Rows in a download: its query is bounded like a page's (on 10⁶ triples the 10⁵ events would not finish in time). */
    public static final int DOWNLOAD_ROWS = 10_000;

    /** The page first (a client that takes anything gets the page), then the list in the SPARQL results formats. */
    private static final Offers OFFERS = new Offers(Stream.concat(Stream.of(Negotiation.HTML), Formats.RESULTS.stream().map(Formats::mediaType)).toList());

    private final FacetValues facets;
    private final ResultTables tables;
    private final int pageSize;

    public ExploreHandler(FacetValues facets, Links links) { this(facets, links, PAGE_SIZE); }

    public ExploreHandler(FacetValues facets, Links links, int pageSize) {
        this.facets = facets;
        this.tables = new ResultTables(links);
        this.pageSize = pageSize;
    }

    public void handle(Context ctx) {
        Selection s = facets.selection(ctx);
        ExploreView view = ExploreView.of(ctx);
        MediaType type = Negotiation.choose(ctx, OFFERS);
        ctx.header("Vary", "Accept");
        if (!Negotiation.isHtml(type)) {
            download(ctx, type, FacetQueries.results(s, view.listed(), new Page(0, DOWNLOAD_ROWS)));
            return;
        }
        long total = facets.total(s, view.listed());
        long pages = Page.check(view.page(), total, pageSize);
        Query results = FacetQueries.results(s, view.listed(), Page.number(view.page(), pageSize));
        List<QuerySolution> rows = facets.select(results);

        var b = new StringBuilder();
        b.append("<h1>Explore the cases</h1><p>The briefing’s case studies, narrowed by what happened: as a list of people or of their events. Choose values on the left: ")
         .append("within a facet any of them, across facets all. Each number is how many ").append(view.listed() == Listed.PEOPLE ? "people" : "events")
         .append(" have that value, given the choices in the other facets. Facets about a transfer (state, destination, type, year) speak of one and the same transfer; ")
         .append(view.listed() == Listed.PEOPLE ? "event kind and attribution of one event." : "event kind and attribution of the event listed.").append("</p>");
        b.append("<div class=\"explore\">");
        FacetNav.render(b, s, view, facets.all(s, view.listed()));
        b.append("<section class=\"results\" aria-labelledby=\"results-h\">");
        views(b, s, view);
        b.append("<h2 id=\"results-h\">").append(view.listed().count(total)).append("</h2>");
        pager(b, s, view, total, rows.size(), pages);
        if (view.listed() == Listed.PEOPLE) tables.people(b, rows); else tables.events(b, rows);
        if (pages > 1) pager(b, s, view, total, rows.size(), pages);
        b.append("<p>").append(total > DOWNLOAD_ROWS ? String.format(Locale.ROOT, "Its first %,d rows", DOWNLOAD_ROWS) : pages > 1 ? "The whole list" : "This list").append(" as ").append(Html.a(view.download(s, "csv"), "CSV"))
         .append(" · ").append(Html.a(view.download(s, "json"), "JSON"))
         .append(" · ").append(Html.a("/timeline" + s.query(), "these people on the timeline"))
         .append(" · ").append(Html.a("/flows" + s.query(), "as flows")).append("</p>");
        b.append("<details class=\"sparql\"><summary>The SPARQL behind this ").append(pages > 1 ? "page" : "list").append("</summary><pre><code>")
         .append(Html.esc(results.toString())).append("</code></pre><p>").append(Html.a(Links.query(results.toString()), "Open in the query page"))
         .append(pages > 1 ? " (without its LIMIT and OFFSET it gives the whole list)" : "").append("</p></details>");
        b.append("</section></div>");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.page("Explore the cases", b.toString()));
    }

    /** The whole list (its first {@link #DOWNLOAD_ROWS} rows) in a SPARQL results format. */
    private void download(Context ctx, MediaType type, Query q) {
        Lang lang = Negotiation.langOf(type);
        var out = new ByteArrayOutputStream();
        facets.kgQuery(q, qe -> { ResultsWriter.create().lang(lang).write(out, qe.execSelect()); return null; });
        ctx.contentType(type.getContentTypeStr() + (type.getContentTypeStr().startsWith("text/") ? "; charset=utf-8" : ""));
        ctx.result(out.toByteArray());
    }

    /** The two lists of the same selection. */
    private static void views(StringBuilder b, Selection s, ExploreView view) {
        b.append("<p class=\"views\">List: ");
        for (Listed l : Listed.values()) {
            String name = l == Listed.PEOPLE ? "people" : "events";
            b.append(l == view.listed() ? "<strong aria-current=\"page\">" + name + "</strong>" : Html.a(view.showing(l).href(s), name));
            if (l == Listed.PEOPLE) b.append(" · ");
        }
        b.append("</p>");
    }

    /** Which rows this page shows, and links to the first, previous and next pages (the "more" link). */
    private void pager(StringBuilder b, Selection s, ExploreView view, long total, int shown, long pages) {
        if (pages <= 1) return;
        long from = (view.page() - 1) * pageSize + 1, to = from + shown - 1;
        b.append("<nav class=\"pages\" aria-label=\"Pages of the list\"><p>").append(String.format(Locale.ROOT, "Rows %,d–%,d of %,d", from, to, total));
        if (view.page() > 2) b.append(" · ").append(Html.a(view.withPage(1).href(s), "first"));
        if (view.page() > 1) b.append(" · ").append(Html.a(view.withPage(view.page() - 1).href(s), "previous " + pageSize));
        if (view.page() < pages) b.append(" · ").append(Html.a(view.withPage(view.page() + 1).href(s), "next " + Math.min(pageSize, total - to)));
        b.append("</p></nav>");
    }

}
