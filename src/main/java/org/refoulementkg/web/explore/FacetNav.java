package org.refoulementkg.web.explore;

import java.util.Map;

import org.refoulementkg.web.facets.Facet;
import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.facets.Selection;
import org.refoulementkg.web.html.Html;

/**
 * The facets of {@code /explore} as plain links (each adds or removes a value, keeping the other choices and the list
 * shown), each value with its count, and the year range as a GET form: no script.
 */
final class FacetNav {
    /** How many values a facet shows before the rest fold away. */
    private static final int FOLD = 12;

    private FacetNav() {}

    static void render(StringBuilder b, Selection s, ExploreView view, Map<Facet, FacetValues.Values> all) {
        b.append("<nav class=\"facets\" aria-label=\"Facets\">");
        if (!s.isEmpty()) b.append("<p>").append(Html.a(view.withPage(1).href(Selection.NONE), "Clear all choices")).append("</p>");
        all.forEach((f, values) -> facet(b, s, view.withPage(1), f, values));
        yearForm(b, s, view);
        b.append("</nav>");
    }

    private static void facet(StringBuilder b, Selection s, ExploreView view, Facet f, FacetValues.Values all) {
        if (all.isEmpty() && !s.has(f)) return;
        var values = all.shown();
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
            String href = view.href(f == Facet.YEAR ? (chosen ? s.without(f) : s.year(Integer.parseInt(v.slug()))) : s.toggle(f, v.slug()));
            b.append("<li><a href=\"").append(Html.esc(href)).append("\"")
             .append(chosen ? " class=\"chosen\" aria-current=\"true\"" : "").append(">")
             .append(chosen ? "<span aria-hidden=\"true\">✓ </span>" : "").append(Html.esc(v.label()))
             .append(chosen ? "<span class=\"visually-hidden\"> (chosen: follow to remove)</span>" : "")
             .append("</a> <span class=\"count\">").append(v.count()).append("</span></li>");
        }
        b.append("</ul>");
        if (values.size() > FOLD + 2) b.append("</details>");
        if (all.more()) b.append("<p class=\"muted\">The ").append(values.size()).append(" most frequent values; narrow the other facets for the rest.</p>");
        b.append("</section>");
    }

    /** The year range as a GET form: the other choices and the list shown ride along as hidden fields. */
    private static void yearForm(StringBuilder b, Selection s, ExploreView view) {
        b.append("<form class=\"years\" action=\"/explore\" method=\"get\"><fieldset><legend>Years of transfer, from … to</legend>");
        s.values().forEach((f, vs) -> vs.forEach(v -> hidden(b, f.key, v)));
        if (view.listed() == org.refoulementkg.web.facets.Listed.EVENTS) hidden(b, "show", "events");
        b.append("<label>from <input type=\"number\" name=\"since\" min=\"1990\" max=\"2030\" value=\"").append(s.since() == null ? "" : s.since()).append("\"></label> ")
         .append("<label>to <input type=\"number\" name=\"until\" min=\"1990\" max=\"2030\" value=\"").append(s.until() == null ? "" : s.until()).append("\"></label> ")
         .append("<button type=\"submit\">Apply</button></fieldset></form>");
    }

    private static void hidden(StringBuilder b, String name, String value) {
        b.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(Html.esc(value)).append("\">");
    }
}
