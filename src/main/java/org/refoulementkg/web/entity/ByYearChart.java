package org.refoulementkg.web.entity;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

import org.apache.jena.rdf.model.Resource;
import org.refoulementkg.web.html.Html;

/**
 * Things by year as an SVG bar chart above their table: a bar per year (years with none stay empty, so the gaps show), its
 * count written on it, each bar a link to that year's row with a title naming the things and their footnotes.
 */
final class ByYearChart {
    private static final int BAR = 34, GAP = 6, H = 120, TOP = 18, BOTTOM = 22;

    private ByYearChart() {}

    static void render(StringBuilder b, PageModel page, String key, String heading, SortedMap<String, List<Resource>> byYear) {
        var years = byYear.keySet().stream().filter(y -> y.matches("\\d{4}")).map(Integer::parseInt).toList();
        if (years.isEmpty()) return;
        int first = years.get(0), last = years.get(years.size() - 1);
        int max = byYear.entrySet().stream().filter(e -> e.getKey().matches("\\d{4}")).mapToInt(e -> e.getValue().size()).max().orElse(1);
        int width = (last - first + 1) * (BAR + GAP) + GAP;
        b.append("<figure class=\"picture\"><figcaption id=\"").append(key).append("-caption\">").append(Html.esc(heading))
         .append(", ").append(first == last ? Integer.toString(first) : first + "–" + last).append(" (undated ones are listed below)</figcaption>")
         .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"by-year\" width=\"").append(width).append("\" height=\"").append(H + TOP + BOTTOM)
         .append("\" viewBox=\"0 0 ").append(width).append(' ').append(H + TOP + BOTTOM).append("\" role=\"group\" aria-labelledby=\"").append(key).append("-caption\">");
        for (int y = first; y <= last; y++) {
            int x = GAP + (y - first) * (BAR + GAP);
            List<Resource> items = byYear.getOrDefault(Integer.toString(y), List.of());
            if (!items.isEmpty()) {
                double h = Math.max(4, H * items.size() / (double) max);
                var title = new StringBuilder().append(y).append(": ").append(items.size()).append(" — ");
                for (int i = 0; i < items.size(); i++) {
                    Resource r = items.get(i);
                    if (i > 0) title.append("; ");
                    title.append(page.label(r));
                    var fns = Citation.footnotes(page, r).keySet();
                    if (!fns.isEmpty()) title.append(" (fn ").append(String.join(", ", fns.stream().map(String::valueOf).toList())).append(')');
                }
                b.append("<a class=\"bar\" href=\"#").append(key).append('-').append(y).append("\"><title>").append(Html.esc(title.toString())).append("</title>")
                 .append("<rect x=\"").append(x).append("\" y=\"").append(n(TOP + H - h)).append("\" width=\"").append(BAR).append("\" height=\"").append(n(h))
                 .append("\" fill=\"#b3261e\" fill-opacity=\"0.75\" stroke=\"#7a1711\"/><text x=\"").append(x + BAR / 2).append("\" y=\"").append(n(TOP + H - h - 4))
                 .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1d232a\">").append(items.size()).append("</text></a>");
            }
            if ((y - first) % 2 == 0 || first == last)
                b.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(TOP + H + 16).append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#3d4650\">")
                 .append(y).append("</text>");
        }
        b.append("</svg></figure>");
    }

    private static String n(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
