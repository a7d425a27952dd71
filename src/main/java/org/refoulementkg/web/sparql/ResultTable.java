package org.refoulementkg.web.sparql;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;

/** SELECT results as an HTML table rendered on the server: IRIs link to local pages, literals are escaped text. */
final class ResultTable {
    private final Links links;

    ResultTable(Links links) { this.links = links; }

    /** At most {@code maxRows} rows; a note says when there were more. */
    String render(ResultSet rs, int maxRows) {
        List<String> vars = rs.getResultVars();
        var sb = new StringBuilder("<table class=\"results\"><thead><tr>");
        for (String v : vars) sb.append("<th>").append(Html.esc(v)).append("</th>");
        sb.append("</tr></thead><tbody>");
        int n = 0;
        while (rs.hasNext() && n < maxRows) {
            QuerySolution row = rs.next();
            sb.append("<tr>");
            for (String v : vars) {
                var t = row.get(v);
                sb.append("<td>").append(t == null ? "" : term(t.asNode())).append("</td>");
            }
            sb.append("</tr>");
            n++;
        }
        sb.append("</tbody></table>");
        boolean more = rs.hasNext();
        sb.append("<p class=\"muted\">").append(n).append(n == 1 ? " row" : " rows")
          .append(more ? " shown; there are more — download the results for all of them." : ".").append("</p>");
        return sb.toString();
    }

    private String term(Node n) {
        if (n.isURI()) return links.iri(n.getURI());
        if (n.isBlank()) return "<span class=\"muted\">_:" + Html.esc(n.getBlankNodeLabel()) + "</span>";
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String suffix = !lang.isEmpty() ? "@" + lang
                    : n.getLiteralDatatypeURI() != null && !n.getLiteralDatatypeURI().endsWith("#string")
                            ? "^^" + Prefixes.compact(n.getLiteralDatatypeURI()).orElse(n.getLiteralDatatypeURI()) : "";
            return Html.esc(n.getLiteralLexicalForm())
                    + (suffix.isEmpty() ? "" : " <span class=\"muted\">" + Html.esc(suffix) + "</span>");
        }
        return Html.esc(n.toString());
    }
}
