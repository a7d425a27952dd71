package org.refoulementkg.web.explore;

import java.util.Arrays;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;

/** The rows of {@code /explore} as tables: people (who sent them where, how, when, the outcomes), or events (kind, date as printed, person, states, footnotes). */
final class ResultTables {
    private final Links links;

    ResultTables(Links links) { this.links = links; }

    void people(StringBuilder b, List<QuerySolution> rows) {
        b.append("<table class=\"people\"><thead><tr><th scope=\"col\">person</th><th scope=\"col\">returned by</th><th scope=\"col\">how</th>")
         .append("<th scope=\"col\">first transfer</th><th scope=\"col\">outcomes</th><th scope=\"col\">case study</th></tr></thead><tbody>");
        for (QuerySolution r : rows) {
            b.append("<tr><td>").append(links.to(r.getResource("person").getURI(), text(r, "name"))).append("</td>")
             .append("<td>").append(Html.esc(text(r, "returnedBy"))).append("</td>")
             .append("<td>").append(Html.esc(text(r, "transferTypes"))).append("</td>")
             .append("<td>").append(Html.esc(text(r, "firstTransfer"))).append("</td>")
             .append("<td>").append(Html.esc(text(r, "outcomes"))).append("</td>")
             .append("<td>").append(links.to(r.getResource("case").getURI(), "case study")).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    void events(StringBuilder b, List<QuerySolution> rows) {
        b.append("<table class=\"events\"><thead><tr><th scope=\"col\">date</th><th scope=\"col\">event</th><th scope=\"col\">kind</th>")
         .append("<th scope=\"col\">person</th><th scope=\"col\">from → to</th><th scope=\"col\">source</th></tr></thead><tbody>");
        for (QuerySolution r : rows) {
            String event = r.getResource("event").getURI();
            // the date as the data keeps it (EDTF: "2017", "2021-04", "2020-12-11"), the briefing's words beside it
            String when = text(r, "edtf").isEmpty() ? text(r, "start") : text(r, "edtf");
            // an interval ("2009-11/2010-04") may break after its slash
            b.append("<tr><td class=\"when\">").append(when.isEmpty() ? "<span class=\"muted\">undated</span>" : Html.esc(when).replace("/", "/<wbr>"));
            if (!text(r, "dateText").isEmpty()) b.append(" <span class=\"muted\">(“").append(Html.esc(text(r, "dateText"))).append("”)</span>");
            b.append("</td><td>").append(links.to(event, text(r, "label").isEmpty() ? Prefixes.compact(event).orElse(event) : text(r, "label"))).append("</td>")
             .append("<td>").append(Html.esc(text(r, "kinds"))).append("</td>")
             .append("<td>").append(links.to(r.getResource("person").getURI(), text(r, "name"))).append("</td><td>");
            if (r.contains("sending") || r.contains("destination"))
                b.append(r.contains("sending") ? links.to(r.getResource("sending").getURI(), text(r, "sendingLabel")) : "?").append(" → ")
                 .append(r.contains("destination") ? links.to(r.getResource("destination").getURI(), text(r, "destinationLabel")) : "?");
            b.append("</td><td>").append(sources(text(r, "footnotes"), text(r, "sections"))).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    /** The footnotes behind an event, each a link; for the briefing's own words (no footnote), its sections. */
    private String sources(String footnotes, String sections) {
        if (!footnotes.isBlank())
            return String.join(" ", numbers(footnotes).stream().map(n -> "<a class=\"fn\" href=\"" + Html.esc(links.href(Prefixes.ALL.get("fn") + n))
                    + "\" title=\"footnote " + Html.esc(n) + " of the briefing\">fn " + Html.esc(n) + "</a>").toList());
        if (!sections.isBlank())
            return "<span title=\"the briefing’s own words, no footnote\">" + String.join(" ", numbers(sections).stream().map(n -> "§ " + Html.esc(n)).toList()) + "</span>";
        return "";
    }

    /** A grouped list ("55, 52") in numeric order: stores concatenate in any order. */
    private static List<String> numbers(String list) {
        return Arrays.stream(list.split(",\\s*")).filter(x -> !x.isBlank()).distinct()
                .sorted(java.util.Comparator.comparingDouble((String x) -> x.matches("\\d+(\\.\\d+)?") ? Double.parseDouble(x) : Double.MAX_VALUE).thenComparing(x -> x))
                .toList();
    }

    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
