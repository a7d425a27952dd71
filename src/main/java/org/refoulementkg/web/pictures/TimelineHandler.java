package org.refoulementkg.web.pictures;

import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.facets.Selection;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;

import io.javalin.http.Context;

/** {@code /timeline}: every case on one time axis, narrowed by the same facets as {@code /explore} ({@code /timeline?sending=france}). */
public final class TimelineHandler {
    private final FacetValues facets;
    private final Links links;

    public TimelineHandler(FacetValues facets, Links links) {
        this.facets = facets;
        this.links = links;
    }

    public void handle(Context ctx) {
        Selection s = facets.selection(ctx);
        var lanes = Timeline.lanes(facets, s);
        int marks = lanes.stream().mapToInt(l -> l.marks().size()).sum();
        var b = new StringBuilder("<h1>Timeline of the cases</h1>");
        b.append("<p>One lane per person, ").append(lanes.size()).append(lanes.size() == 1 ? " person, " : " people, ").append(marks)
         .append(" dated events. Each mark links to its page; its tooltip gives the date as the briefing prints it and the footnotes behind it. ")
         .append(s.isEmpty() ? "" : "Narrowed by the choices in ").append(s.isEmpty() ? "" : Html.a("/explore" + s.query(), "Explore"))
         .append(s.isEmpty() ? "Narrow it in " + Html.a("/explore", "Explore") : "").append(".</p>");
        b.append(TimelineSvg.legend());
        b.append("<figure class=\"picture\"><figcaption id=\"timeline-caption\">Events of ").append(lanes.size())
         .append(" case studies by date (dates at the precision the briefing gives: a year or a month is a bar, a day a point), with 24 February 2022 marked.</figcaption>")
         .append(TimelineSvg.render(lanes, Timeline.invasion(facets), links)).append("</figure>");
        b.append("<details class=\"sparql\"><summary>The SPARQL behind this picture</summary><pre><code>").append(Html.esc(Timeline.query(s).toString()))
         .append("</code></pre><p>").append(Html.a(Links.query(Timeline.query(s).toString()), "Open in the query page")).append("</p></details>");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.page("Timeline", b.toString()));
    }
}
