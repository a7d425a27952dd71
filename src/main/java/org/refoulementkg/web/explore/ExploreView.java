package org.refoulementkg.web.explore;

import org.refoulementkg.web.facets.Listed;
import org.refoulementkg.web.facets.Page;
import org.refoulementkg.web.facets.Selection;
import org.refoulementkg.web.http.HttpProblem;

import io.javalin.http.Context;

/**
 * What {@code /explore} lists and which page of it, beside the facets' choices in the URL:
 * {@code ?show=events&page=2} (people and page 1 are the default, and left out of links).
 */
record ExploreView(Listed listed, long page) {
    static ExploreView of(Context ctx) {
        String show = ctx.queryParam("show");
        Listed listed = switch (show == null || show.isBlank() ? "people" : show) {
            case "people" -> Listed.PEOPLE;
            case "events" -> Listed.EVENTS;
            default -> throw new HttpProblem(400, "Not a list of /explore: show=" + show + " (show=people or show=events).");
        };
        long page = Page.requested(ctx);
        return new ExploreView(listed, page);
    }

    ExploreView withPage(long p) { return new ExploreView(listed, p); }

    ExploreView showing(Listed l) { return new ExploreView(l, 1); }

    /** The URL of this view of a selection. */
    String href(Selection s) {
        String q = s.query();
        if (listed == Listed.EVENTS) q += (q.isEmpty() ? "?" : "&") + "show=events";
        if (page > 1) q += (q.isEmpty() ? "?" : "&") + "page=" + page;
        return "/explore" + q;
    }

    /** The URL of this view of a selection in another format ({@code csv}, {@code json}): the whole list, not a page. */
    String download(Selection s, String format) {
        String href = withPage(1).href(s);
        return href + (href.contains("?") ? "&" : "?") + "format=" + format;
    }
}
