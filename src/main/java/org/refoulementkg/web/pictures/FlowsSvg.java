package org.refoulementkg.web.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.refoulementkg.web.facets.Selection;
import org.refoulementkg.web.html.Html;

/**
 * The flows as SVG: three columns of values (sending state, kind of transfer, outcome), each a labelled bar as tall as the
 * people it holds, and bands between them as wide as the people who flow that way. Every band and bar is a link to
 * {@code /explore} with that choice added, its {@code <title>} naming the people and the footnotes. Widths carry the
 * numbers, labels carry the names: nothing depends on colour.
 */
final class FlowsSvg {
    private static final int UNIT = 14, GAP = 12, TOP = 40, NODE_W = 14;
    /** The columns' left edges: the picture (1,104 px) fits the page's column (72rem less its padding), outcome labels included. */
    private static final int[] X = {220, 530, 800};
    private static final String[] HEADINGS = {"Sending state", "Kind of transfer", "Outcome"};

    private FlowsSvg() {}

    private record Box(Flows.Node node, double y, double h) {}

    static String render(List<Flows.Link> links, Selection s) {
        // a value's height: the people on its busier side
        Map<String, Integer> in = new LinkedHashMap<>(), out = new LinkedHashMap<>();
        Map<String, Flows.Node> nodes = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> people = new LinkedHashMap<>(); // the distinct people at each value, for its label
        for (var l : links) {
            people.computeIfAbsent(key(l.from()), k -> new java.util.TreeSet<>()).addAll(l.people());
            people.computeIfAbsent(key(l.to()), k -> new java.util.TreeSet<>()).addAll(l.people());
            nodes.putIfAbsent(key(l.from()), l.from());
            nodes.putIfAbsent(key(l.to()), l.to());
            out.merge(key(l.from()), l.people().size(), Integer::sum);
            in.merge(key(l.to()), l.people().size(), Integer::sum);
        }
        Map<String, Box> boxes = new LinkedHashMap<>();
        double height = TOP;
        for (int c = 0; c < 3; c++) {
            final int col = c;
            double y = TOP;
            List<Flows.Node> column = nodes.values().stream().filter(n -> n.column() == col)
                    .sorted(Comparator.comparing((Flows.Node n) -> -Math.max(in.getOrDefault(key(n), 0), out.getOrDefault(key(n), 0))).thenComparing(Flows.Node::label)).toList();
            for (var n : column) {
                double h = UNIT * Math.max(in.getOrDefault(key(n), 0), out.getOrDefault(key(n), 0));
                boxes.put(key(n), new Box(n, y, h));
                y += h + GAP;
            }
            height = Math.max(height, y);
        }
        int width = X[2] + NODE_W + 290;
        var b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flows\" width=\"").append(width).append("\" height=\"")
                .append(n(height + 10)).append("\" viewBox=\"0 0 ").append(width).append(' ').append(n(height + 10))
                .append("\" role=\"group\" aria-labelledby=\"flows-caption\">");
        for (int c = 0; c < 3; c++)
            b.append("<text x=\"").append(X[c] + (c == 0 ? NODE_W : 0)).append("\" y=\"22\" font-size=\"14\" font-weight=\"600\" fill=\"#1d232a\"")
             .append(c == 0 ? " text-anchor=\"end\"" : "").append(">").append(HEADINGS[c]).append("</text>");
        // bands, stacked in order within each value
        Map<String, Double> outY = new LinkedHashMap<>(), inY = new LinkedHashMap<>();
        var sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparing((Flows.Link l) -> boxes.get(key(l.from())).y()).thenComparing(l -> boxes.get(key(l.to())).y()));
        for (var l : sorted) {
            Box from = boxes.get(key(l.from())), to = boxes.get(key(l.to()));
            double w = UNIT * l.people().size();
            double y0 = outY.merge(key(l.from()), w, Double::sum) - w + from.y();
            double y1 = inY.merge(key(l.to()), w, Double::sum) - w + to.y();
            double x0 = X[l.from().column()] + NODE_W, x1 = X[l.to().column()], mid = (x0 + x1) / 2;
            String title = l.from().label() + " → " + l.to().label() + ": " + l.people().size() + (l.people().size() == 1 ? " person (" : " people (")
                    + String.join(", ", l.people()) + ")" + (l.footnotes().isEmpty() ? "" : " — footnotes " + l.footnotes().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            b.append("<a class=\"band\" href=\"").append(Html.esc(href(s, l.from(), l.to()))).append("\"><title>").append(Html.esc(title)).append("</title>")
             .append("<path d=\"M").append(n(x0)).append(' ').append(n(y0)).append(" C").append(n(mid)).append(' ').append(n(y0)).append(' ')
             .append(n(mid)).append(' ').append(n(y1)).append(' ').append(n(x1)).append(' ').append(n(y1))
             .append(" L").append(n(x1)).append(' ').append(n(y1 + w)).append(" C").append(n(mid)).append(' ').append(n(y1 + w)).append(' ')
             .append(n(mid)).append(' ').append(n(y0 + w)).append(' ').append(n(x0)).append(' ').append(n(y0 + w))
             .append(" Z\" fill=\"#b3261e\" fill-opacity=\"0.18\" stroke=\"#7a1711\" stroke-opacity=\"0.5\"/></a>");
        }
        for (Box box : boxes.values()) {
            var node = box.node();
            int count = people.get(key(node)).size();
            double x = X[node.column()];
            b.append("<a class=\"node\" href=\"").append(Html.esc(href(s, node, null))).append("\"><title>").append(Html.esc(node.label() + ": " + count + (count == 1 ? " person: " : " people: ") + String.join(", ", people.get(key(node)))))
             .append("</title><rect x=\"").append(n(x)).append("\" y=\"").append(n(box.y())).append("\" width=\"").append(NODE_W).append("\" height=\"").append(n(Math.max(2, box.h())))
             .append("\" fill=\"#1d232a\"/><text x=\"").append(n(node.column() == 0 ? x - 6 : x + NODE_W + 6)).append("\" y=\"").append(n(box.y() + Math.min(box.h(), 28) / 2 + 5))
             .append("\" font-size=\"13\" fill=\"#1d232a\"").append(node.column() == 0 ? " text-anchor=\"end\"" : "").append(">")
             .append(Html.esc(node.label() + " (" + count + ")")).append("</text></a>");
        }
        return b.append("</svg>").toString();
    }

    /** The explore page with these values added to the selection ("no transfer" adds nothing). */
    private static String href(Selection s, Flows.Node a, Flows.Node c) {
        Selection t = s;
        for (var node : new Flows.Node[] {a, c}) if (node != null && node.facet() != null) t = t.with(node.facet(), node.slug());
        return "/explore" + t.query();
    }

    private static String key(Flows.Node node) { return node.column() + "\u0000" + node.label(); }

    private static String n(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
