package org.refoulementkg.web.pictures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;

/**
 * The cross-case timeline as SVG, drawn on the server: a lane per person, each dated event a mark that links to its page
 * and whose {@code <title>} (the tooltip, and its accessible name) gives its date as printed and its footnotes. A date
 * known to the day is a point; one known to the month or year is a bar over the whole month or year. Kinds differ in
 * shape, not only in colour: a transfer is a triangle, a decision a square, another event a circle.
 */
final class TimelineSvg {
    static final int LABEL_W = 210, LANE_H = 30, TOP = 46, PLOT_W = 890, PAD = 10; // 1,110 px: the width of the page's column (72rem less its padding), so that no year is cut off

    private TimelineSvg() {}

    static String render(List<Timeline.Lane> lanes, Optional<Timeline.Marker> invasion, Links links) {
        LocalDate from = LocalDate.of(2007, 1, 1), to = LocalDate.of(2025, 1, 1);
        for (var l : lanes) for (var m : l.marks()) {
            if (m.start().isBefore(from)) from = m.start().withDayOfYear(1);
            if (!m.end().isBefore(to)) to = m.end().plusYears(1).withDayOfYear(1);
        }
        final LocalDate start = from, end = to;
        double days = ChronoUnit.DAYS.between(start, end);
        var x = new java.util.function.Function<LocalDate, Double>() {
            @Override public Double apply(LocalDate d) { return LABEL_W + PLOT_W * ChronoUnit.DAYS.between(start, d) / days; }
        };
        int height = TOP + LANE_H * lanes.size() + 30;
        int width = LABEL_W + PLOT_W + PAD;
        var b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"").append(width).append("\" height=\"").append(height)
         .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"group\" aria-labelledby=\"timeline-caption\">");
        // years: a tick and a label on every other year
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            double xx = x.apply(LocalDate.of(y, 1, 1));
            b.append("<line x1=\"").append(n(xx)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(n(xx)).append("\" y2=\"")
             .append(height - 30).append("\" stroke=\"#e3e6ea\" stroke-width=\"1\"/>");
            if (y < end.getYear() && (y % 2 == 0))
                b.append("<text x=\"").append(n(xx + 2)).append("\" y=\"").append(TOP - 10).append("\" font-size=\"12\" fill=\"#3d4650\">").append(y).append("</text>");
        }
        for (int i = 0; i < lanes.size(); i++) {
            var lane = lanes.get(i);
            int y = TOP + i * LANE_H;
            b.append("<g class=\"lane\">");
            if (i % 2 == 0) b.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"").append(width).append("\" height=\"").append(LANE_H).append("\" fill=\"#f4f5f6\"/>");
            b.append("<a class=\"person\" href=\"").append(Html.esc(links.href(lane.person()))).append("\"><title>").append(Html.esc(lane.name()))
             .append(" (").append(lane.marks().size()).append(" dated events)</title><text x=\"4\" y=\"").append(y + 19)
             .append("\" font-size=\"13\" fill=\"#0b57d0\">").append(Html.esc(cut(lane.name(), 28))).append("</text></a>");
            for (var m : lane.marks()) mark(b, m, x, y + LANE_H / 2.0, links);
            b.append("</g>");
        }
        invasion.ifPresent(inv -> {
            if (inv.date() == null || inv.date().isBefore(start) || inv.date().isAfter(end)) return;
            double xx = x.apply(inv.date());
            b.append("<a class=\"marker\" href=\"").append(Html.esc(links.href(inv.iri()))).append("\"><title>")
             .append(Html.esc(inv.label() + " — 24 February 2022" + (inv.footnotes().isEmpty() ? "" : " — fn " + inv.footnotes()))).append("</title>")
             .append("<line x1=\"").append(n(xx)).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(n(xx)).append("\" y2=\"").append(height - 24)
             .append("\" stroke=\"#1d232a\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
             .append("<text x=\"").append(n(xx - 4)).append("\" y=\"").append(height - 10).append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#1d232a\">")
             .append("24 February 2022: Russia’s full-scale invasion of Ukraine</text></a>");
        });
        return b.append("</svg>").toString();
    }

    private static void mark(StringBuilder b, Timeline.Mark m, java.util.function.Function<LocalDate, Double> x, double cy, Links links) {
        var title = new StringBuilder(m.label()).append(" — ").append(m.edtf().isEmpty() ? m.start().toString() : m.edtf());
        if (!m.dateText().isEmpty()) title.append(" (“").append(m.dateText()).append("”)");
        if (!m.kindLabel().isEmpty()) title.append(" — ").append(m.kindLabel());
        title.append(m.footnotes().isEmpty() ? " — the briefing’s own words" + (m.sections().isEmpty() ? "" : ", section " + m.sections())
                : " — footnote" + (m.footnotes().contains(",") ? "s " : " ") + m.footnotes());
        b.append("<a class=\"mark ").append(m.kind().name().toLowerCase(Locale.ROOT)).append("\" href=\"").append(Html.esc(links.href(m.iri())))
         .append("\"><title>").append(Html.esc(title.toString())).append("</title>");
        String fill = switch (m.kind()) { case TRANSFER -> "#b3261e"; case DECISION -> "#ffffff"; case EVENT -> "#5b6570"; };
        String stroke = switch (m.kind()) { case TRANSFER -> "#7a1711"; case DECISION -> "#1d4ed8"; case EVENT -> "#2f363d"; };
        double x0 = x.apply(m.start());
        if (!m.isDay()) { // a period: a bar over the whole of it, the kind's shape at its start
            double x1 = x.apply(m.end().plusDays(1));
            b.append("<rect x=\"").append(n(x0)).append("\" y=\"").append(n(cy - 4)).append("\" width=\"").append(n(Math.max(2, x1 - x0)))
             .append("\" height=\"8\" fill=\"").append(fill).append("\" fill-opacity=\"0.35\" stroke=\"").append(stroke).append("\" stroke-width=\"1\"/>");
        }
        switch (m.kind()) {
            case TRANSFER -> b.append("<path d=\"M").append(n(x0 - 6)).append(' ').append(n(cy - 6)).append(" L").append(n(x0 + 6)).append(' ').append(n(cy - 6))
                    .append(" L").append(n(x0)).append(' ').append(n(cy + 6)).append(" Z\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\"/>");
            case DECISION -> b.append("<rect x=\"").append(n(x0 - 4.5)).append("\" y=\"").append(n(cy - 4.5)).append("\" width=\"9\" height=\"9\" fill=\"")
                    .append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"2\"/>");
            case EVENT -> b.append("<circle cx=\"").append(n(x0)).append("\" cy=\"").append(n(cy)).append("\" r=\"4.5\" fill=\"").append(fill)
                    .append("\" stroke=\"").append(stroke).append("\"/>");
        }
        b.append("</a>");
    }

    /** The legend, as HTML beside the picture: the same shapes, in words. */
    static String legend() {
        return "<ul class=\"legend\"><li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><path d=\"M1 1 L13 1 L7 13 Z\" fill=\"#b3261e\" stroke=\"#7a1711\"/></svg> transfer (deportation, extradition, refusal of entry …)</li>"
                + "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\"2\" y=\"2\" width=\"10\" height=\"10\" fill=\"#fff\" stroke=\"#1d4ed8\" stroke-width=\"2\"/></svg> decision of a court or authority</li>"
                + "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"5\" fill=\"#5b6570\" stroke=\"#2f363d\"/></svg> other event (arrest, detention, torture, release …)</li>"
                + "<li><svg width=\"30\" height=\"14\" aria-hidden=\"true\"><rect x=\"1\" y=\"3\" width=\"28\" height=\"8\" fill=\"#5b6570\" fill-opacity=\"0.35\" stroke=\"#2f363d\"/></svg> a date known only to the month or year: the bar spans it</li>"
                + "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><line x1=\"7\" y1=\"0\" x2=\"7\" y2=\"14\" stroke=\"#1d232a\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/></svg> 24 February 2022</li></ul>";
    }

    private static String n(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    private static String cut(String s, int max) { return s.length() <= max ? s : s.substring(0, max - 1) + "…"; }
}
