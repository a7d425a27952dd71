package org.refoulementkg.web.dataset;

import java.util.Locale;
import java.util.Map;

import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.http.Formats;

/** The dataset description as a page: what it is, its licence, counts, where to query and download it, its partitions. */
public final class VoidPage {
    private final Links links;

    public VoidPage(Links links) { this.links = links; }

    String render(DatasetStats s) {
        var sb = new StringBuilder(32 * 1024);
        sb.append("<h1>").append(Html.esc(DatasetDescription.TITLE)).append("</h1>")
          .append("<p class=\"iri\">").append(Html.esc(RKG.dataset.getURI())).append("</p>")
          .append("<p>").append(Html.esc(DatasetDescription.DESCRIPTION)).append("</p>")
          .append("<p>Source: ").append(links.iri(RKG.briefing.getURI())).append(". Licence: ")
          .append(Html.a(DatasetDescription.LICENCE, "CC BY-NC-ND 4.0")).append(". ")
          .append(Html.esc(DatasetDescription.RIGHTS)).append("</p>");
        sb.append("<div class=\"counts\">")
          .append(Html.count(s.triples(), "triples")).append(Html.count(s.entities(), "entities"))
          .append(Html.count(s.classes().size(), "classes")).append(Html.count(s.properties().size(), "properties")).append("</div>");
        sb.append("<h2>Query and download</h2><ul>")
          .append("<li>SPARQL endpoint: ").append(Html.a("/sparql", "/sparql"))
          .append(" (its Service Description: <code>GET /sparql</code> with <code>Accept: text/turtle</code>)</li>");
        for (var d : DatasetDescription.DUMPS)
            sb.append("<li>").append(Html.a(d.path(), d.path().substring(d.path().lastIndexOf('/') + 1))).append(" — ")
              .append(Html.esc(d.title())).append("</li>");
        sb.append("<li>This description as ").append(Links.formats("/.well-known/void", Formats.GRAPHS)).append(" (VoID and DCAT)</li></ul>");
        if (!s.examples().isEmpty()) {
            sb.append("<h2>Start with</h2><ul>");
            s.examples().forEach(e -> sb.append("<li>").append(links.iri(e)).append("</li>"));
            sb.append("</ul>");
        }
        partition(sb, "Classes", "class", "instances", s.classes());
        partition(sb, "Properties", "property", "triples", s.properties());
        return sb.toString();
    }

    private void partition(StringBuilder sb, String title, String term, String unit, Map<String, Long> counts) {
        sb.append("<h2>").append(Html.esc(title)).append("</h2><table><thead><tr><th>").append(Html.esc(term))
          .append("</th><th>").append(Html.esc(unit)).append("</th></tr></thead><tbody>");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e ->
                sb.append("<tr><th>").append(links.iri(e.getKey())).append("</th><td>")
                  .append(String.format(Locale.ROOT, "%,d", e.getValue())).append("</td></tr>"));
        sb.append("</tbody></table>");
    }
}
