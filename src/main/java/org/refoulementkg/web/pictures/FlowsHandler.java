package org.refoulementkg.web.pictures;

import org.apache.jena.query.Query;
import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.facets.Selection;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;

import io.javalin.http.Context;

/** {@code /flows}: sending state → kind of transfer → outcome, sized by people, narrowed by the facets of {@code /explore}. */
public final class FlowsHandler {
    private final FacetValues facets;

    public FlowsHandler(FacetValues facets) { this.facets = facets; }

    public void handle(Context ctx) {
        Selection s = facets.selection(ctx);
        var links = Flows.links(facets, s);
        var b = new StringBuilder("<h1>Flows: who sent whom, how, and what happened</h1>");
        b.append("<p>From the state that transferred a person, through the kind of transfer, to the outcome of their case. A band is as wide as the people ")
         .append("who went that way (a person with two transfers or two outcomes counts in each); its tooltip names them and the footnotes behind it. ")
         .append("Follow a band or a value to the list in ").append(Html.a("/explore" + s.query(), "Explore")).append(".</p>");
        b.append("<figure class=\"picture\"><figcaption id=\"flows-caption\">Sending state → kind of transfer → outcome, sized by people</figcaption>")
         .append(FlowsSvg.render(links, s)).append("</figure>");
        b.append("<details class=\"sparql\"><summary>The SPARQL behind this picture</summary>");
        for (Query q : Flows.queries(s))
            b.append("<pre><code>").append(Html.esc(q.toString())).append("</code></pre><p>").append(Html.a(Links.query(q.toString()), "Open in the query page")).append("</p>");
        b.append("</details>");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Html.page("Flows", b.toString()));
    }
}
