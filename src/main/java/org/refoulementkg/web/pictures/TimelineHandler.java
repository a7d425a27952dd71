package org.refoulementkg.web.pictures;

import java.util.Locale;

import org.apache.jena.query.Query;
import org.refoulementkg.web.facets.Facet;
import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.facets.Listed;
import org.refoulementkg.web.facets.Page;
import org.refoulementkg.web.facets.Selection;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;

import io.javalin.http.Context;

/**
 * {@code /timeline}: every case on one time axis, narrowed by the same facets as {@code /explore} ({@code /timeline?sending=france}),
 * at most {@code lanesPerPage} people at a time ({@code &page=2} for the next ones).
 */
public final class TimelineHandler {
    /** Lanes on a page by default: more than the briefing's case studies. */
    public static final int LANES = 50;

    private final FacetValues facets;
    private final Links links;
    private final int lanesPerPage;

    public TimelineHandler(FacetValues facets, Links links) { this(facets, links, LANES); }

    public TimelineHandler(FacetValues facets, Links links, int lanesPerPage) {
        this.facets = facets;
        this.links = links;
        this.lanesPerPage = lanesPerPage;
    }

    public void handle(Context ctx) {
        Selection s = facets.selection(ctx);
        long requested = Page.requested(ctx);
        long people = facets.total(s, Listed.PEOPLE);
        long pages = Page.check(requested, people, lanesPerPage);
        Page page = Page.number(requested, lanesPerPage);
        var lanes = Timeline.lanes(facets, s, page);
        int marks = lanes.stream().mapToInt(l -> l.marks().size()).sum();
        var b = new StringBuilder("<h1>Timeline of the cases</h1>");
        b.append("<p>One lane per person, ").append(lanes.size()).append(lanes.size() == 1 ? " person, " : " people, ").append(marks)
         .append(" dated events. Each mark links to its page; its tooltip gives the date as the briefing prints it and the footnotes behind it. ")
         .append(s.isEmpty() ? "Narrow it in " + Html.a("/explore", "Explore") : "Narrowed by the choices in " + Html.a("/explore" + s.query(), "Explore"))
         .append(s.has(Facet.EVENT) || s.has(Facet.ATTRIBUTION) ? ": the people, and of their events those of the chosen kind and attribution" : "").append(".</p>");
        if (pages > 1) pager(b, s, requested, pages, page, lanes.size(), people);
        b.append(TimelineSvg.legend());
        b.append("<figure class=\"picture\"><figcaption id=\"timeline-caption\">Events of ").append(lanes.size())
         .append(" case studies by date (dates at the precision the briefing gives: a year or a month is a bar, a day a point), with 24 February 2022 marked.</figcaption>")
         .append(TimelineSvg.render(lanes, Timeline.invasion(facets), links)).append("</figure>");
        Query q = Timeline.query(s, page);
        b.append("<details class=\"sparql\"><summary>The SPARQL behind this picture</summary><pre><code>").append(Html.esc(q.toString()))
         .append("</code></pre><p>").append(Html.a(Links.query(q.toString()), "Open in the query page")).append("</p></details>");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.page("Timeline", b.toString()));
    }

    /** Which people this picture shows, and links to the pictures of the people before and after them. */
    private void pager(StringBuilder b, Selection s, long requested, long pages, Page page, int shown, long people) {
        String base = "/timeline" + s.query() + (s.isEmpty() ? "?" : "&") + "page=";
        b.append("<nav class=\"pages\" aria-label=\"Pages of the timeline\"><p>")
         .append(String.format(Locale.ROOT, "Lanes %,d–%,d of %,d people", page.offset() + 1, page.offset() + shown, people));
        if (requested > 1) b.append(" · ").append(Html.a(base + (requested - 1), "previous " + lanesPerPage));
        if (requested < pages) b.append(" · ").append(Html.a(base + (requested + 1), "next " + Math.min(lanesPerPage, people - page.offset() - shown)));
        b.append("</p></nav>");
    }
}
