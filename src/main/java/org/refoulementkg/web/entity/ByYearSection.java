package org.refoulementkg.web.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.refoulementkg.store.Template;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;

/** Things about the resource by the year of their earliest date: a state's transfers, its courts' decisions. */
final class ByYearSection implements Section {
    /** Transfers the resource sent (the incoming links carry each one's earliest date). */
    static final ByYearSection TRANSFERS = new ByYearSection("transfers", "Transfers by year", types -> true, EntityTemplates.INCOMING,
            page -> page.m.listSubjectsWithProperty(RKG.sendingState, page.r).toList());
    /** Decisions of the courts and authorities whose jurisdiction is the state. */
    static final ByYearSection DECISIONS = new ByYearSection("decisions", "Decisions of its courts and authorities by year",
            types -> types.contains(RKG.State), EntityTemplates.DECIDED_IN, ByYearSection::decisionsIn);
    /** A court's or authority's own decisions (the links to it carry each one's earliest date). */
    static final ByYearSection DECIDED = new ByYearSection("decided", "Its decisions by year", types -> !types.contains(RKG.State), EntityTemplates.INCOMING,
            page -> page.m.listSubjectsWithProperty(RKG.decidedBy, page.r).filterKeep(Resource::isURIResource).toList());

    private final String key;

    private final String heading;
    private final Predicate<Set<Resource>> shownFor;
    private final Template needs;
    private final Function<PageModel, List<Resource>> items;

    private ByYearSection(String key, String heading, Predicate<Set<Resource>> shownFor, Template needs, Function<PageModel, List<Resource>> items) {
        this.key = key;
        this.heading = heading;
        this.shownFor = shownFor;
        this.needs = needs;
        this.items = items;
    }

    @Override public boolean shownFor(Set<Resource> types) { return shownFor.test(types); }

    @Override public List<Template> needs() { return List.of(needs, EntityTemplates.ITEM_FOOTNOTES); }

    @Override public void render(StringBuilder b, PageModel page) {
        var byYear = new TreeMap<String, List<Resource>>();
        for (Resource t : items.apply(page)) {
            String earliest = page.str(t, RKG.earliest, null);
            byYear.computeIfAbsent(earliest == null ? "date not given" : earliest.substring(0, 4), k -> new ArrayList<>()).add(t);
        }
        if (byYear.isEmpty()) return;
        byYear.values().forEach(list -> list.sort(Comparator.comparing(page::byLabel)));
        b.append("<section><h2>").append(Html.esc(heading)).append("</h2>");
        ByYearChart.render(b, page, key, heading, byYear);
        b.append("<table>");
        byYear.forEach((year, ts) -> {
            b.append("<tr id=\"").append(key).append('-').append(Html.esc(year.replace(' ', '-'))).append("\"><th>").append(Html.esc(year)).append("</th><td>");
            ts.forEach(t -> b.append("<div>").append(page.link(t)).append("</div>"));
            b.append("</td></tr>");
        });
        b.append("</table></section>");
    }

    private static List<Resource> decisionsIn(PageModel page) {
        var decisions = new ArrayList<Resource>();
        page.m.listSubjectsWithProperty(RKG.decidedBy).forEachRemaining(d -> {
            for (RDFNode body : page.m.listObjectsOfProperty(d, RKG.decidedBy).toList())
                if (body.isResource() && page.m.contains(body.asResource(), RKG.jurisdiction, page.r)) { decisions.add(d); return; }
        });
        return decisions;
    }
}
