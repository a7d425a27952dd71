package org.refoulementkg.web.dataset;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.web.MediaType;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.RKG;

import io.javalin.http.Context;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.IriLinks;
import org.refoulementkg.web.http.Formats;
import org.refoulementkg.web.http.LocalLinks;
import org.refoulementkg.web.http.PerVersion;

/**
 * {@code /.well-known/void} and {@code /void}: the dataset description (VoID + DCAT). Turtle for machines
 * (and any client that does not ask), the other graph formats by Accept or {@code ?format=}, a readable page
 * for browsers. The statistics are counted once per version of the data.
 */
public final class VoidHandler {
    private final KnowledgeGraph kg;
    private final PerVersion<DatasetStats> stats;

    public VoidHandler(KnowledgeGraph kg, Duration timeout) {
        this.kg = kg;
        this.stats = new PerVersion<>(kg, g -> DatasetStats.count(g, timeout));
    }

    public void handle(Context ctx) {
        ctx.header("Vary", "Accept");
        MediaType type = Formats.choose(ctx.queryParam("format"), ctx.header("Accept"), Formats.GRAPHS, "text/html");
        DatasetStats s = stats.get();
        if (type.getContentTypeStr().equals("text/html")) {
            ctx.html(Html.page("About the dataset", page(s)));
            return;
        }
        OntologyHandler.writeModel(ctx, DatasetDescription.build(LocalLinks.origin(ctx), s, kg.fingerprint()), Formats.langOf(type));
    }

    private String page(DatasetStats s) {
        var sb = new StringBuilder(32 * 1024);
        sb.append("<h1>").append(Html.esc(DatasetDescription.TITLE)).append("</h1>")
          .append("<p class=\"iri\">").append(Html.esc(DatasetDescription.DATASET)).append("</p>")
          .append("<p>").append(Html.esc(DatasetDescription.DESCRIPTION)).append("</p>")
          .append("<p>Source: ").append(IriLinks.link(RKG.ID + "briefing")).append(". Licence: ")
          .append(Html.a(DatasetDescription.LICENCE, "CC BY-NC-ND 4.0")).append(". ")
          .append(Html.esc(DatasetDescription.RIGHTS)).append("</p>");
        sb.append("<div class=\"counts\">")
          .append(count(s.triples(), "triples")).append(count(s.entities(), "entities"))
          .append(count(s.classes().size(), "classes")).append(count(s.properties().size(), "properties")).append("</div>");
        sb.append("<h2>Query and download</h2><ul>")
          .append("<li>SPARQL endpoint: ").append(Html.a("/sparql", "/sparql"))
          .append(" (its Service Description: <code>GET /sparql</code> with <code>Accept: text/turtle</code>)</li>");
        for (var d : new DatasetDescription.Dump[] {DatasetDescription.TRIG, DatasetDescription.NQUADS_GZ})
            sb.append("<li>").append(Html.a(d.path(), d.path().substring(d.path().lastIndexOf('/') + 1))).append(" — ")
              .append(Html.esc(d.title())).append("</li>");
        sb.append("<li>This description as ");
        for (String[] f : new String[][] {{"turtle", "Turtle"}, {"jsonld", "JSON-LD"}, {"rdfxml", "RDF/XML"}, {"ntriples", "N-Triples"}})
            sb.append(Html.a("/.well-known/void?format=" + f[0], f[1])).append(' ');
        sb.append("(VoID and DCAT)</li></ul>");
        if (!s.examples().isEmpty()) {
            sb.append("<h2>Start with</h2><ul>");
            s.examples().forEach(e -> sb.append("<li>").append(IriLinks.link(e)).append("</li>"));
            sb.append("</ul>");
        }
        partition(sb, "Classes", "class", "instances", s.classes());
        partition(sb, "Properties", "property", "triples", s.properties());
        return sb.toString();
    }

    private static String count(long n, String what) {
        return "<div><b>" + String.format(Locale.ROOT, "%,d", n) + "</b>" + Html.esc(what) + "</div>";
    }

    private static void partition(StringBuilder sb, String title, String term, String unit, Map<String, Long> counts) {
        sb.append("<h2>").append(Html.esc(title)).append("</h2><table><thead><tr><th>").append(Html.esc(term))
          .append("</th><th>").append(Html.esc(unit)).append("</th></tr></thead><tbody>");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e ->
                sb.append("<tr><th>").append(IriLinks.link(e.getKey())).append("</th><td>")
                  .append(String.format(Locale.ROOT, "%,d", e.getValue())).append("</td></tr>"));
        sb.append("</tbody></table>");
    }
}
