package org.refoulementkg.web.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.refoulementkg.store.Template;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;

/** A person's timeline: their events, decisions and claims at the dates' real precision, in order, each with its provenance. */
final class TimelineSection implements Section {
    /** What belongs on a person's timeline: things that happened, were decided or were claimed — not the case study. */
    private static final List<Resource> TYPES = List.of(RKG.Event, RKG.Transfer, RKG.Decision, RKG.CriminalCharge, RKG.CaseLaw,
            RKG.RightOfReply, RKG.RedNotice, RKG.DiplomaticAssurance, RKG.Claim);
    private static final Property[] KINDS = {RKG.transferType, RKG.decisionType, RKG.eventType};

    @Override public boolean shownFor(Set<Resource> types) { return types.contains(RKG.Person); }

    @Override public List<Template> needs() { return List.of(EntityTemplates.ABOUT_PERSON); }

    /** Kinds that begin a person's time in Europe: leaving, arriving, asking for protection. */
    private static final Set<String> LEAVING = Set.of("flight", "arrival", "asylum-application", "residence");
    private static final Resource RUSSIA = org.apache.jena.rdf.model.ResourceFactory.createResource(RKG.ID + "state/russia");
    private static final String[] PHASES = {"Before leaving", "In Europe", "After return"};

    @Override public void render(StringBuilder b, PageModel page) {
        List<Resource> events = page.m.listSubjectsWithProperty(RKG.person, page.r).filterKeep(Resource::isURIResource)
                .filterKeep(e -> TYPES.stream().anyMatch(t -> page.isA(e, t))).toList();
        if (events.isEmpty()) return;
        b.append("<section id=\"timeline\"><h2>Timeline</h2>");
        kinds(b, page, events);
        if (page.kind != null && events.stream().noneMatch(e -> ofKind(page, e))) { b.append("<p>No event of this kind.</p></section>"); return; }
        boolean phased = page.m.listSubjectsWithProperty(RKG.person, page.r).filterKeep(x -> page.isA(x, RKG.CaseStudy)).hasNext();
        if (phased)
            b.append("<p class=\"muted\">In the order of the briefing’s dates (an undated event after the one it follows). ")
             .append("“In Europe” begins with the first flight, arrival or asylum application; “After return” with a transfer to Russia.</p>");
        int phase = 0, shown = -1;
        for (Resource e : chronological(page, events)) {
            boolean returned = page.isA(e, RKG.Transfer) && page.m.contains(e, RKG.destination, RUSSIA);
            if (phase == 0 && (returned || page.isA(e, RKG.Decision) || page.isA(e, RKG.Transfer) || leaving(page, e))) phase = 1;
            if (page.kind != null && !ofKind(page, e)) { // phases come from every event; only the kind chosen is shown
                if (returned) phase = 2;
                continue;
            }
            if (phase != shown) {
                if (shown >= 0) b.append("</ol>");
                if (phased) b.append("<h3 class=\"phase\">").append(PHASES[phase]).append("</h3>");
                b.append("<ol class=\"timeline\">");
                shown = phase;
            }
            String when = page.str(e, RKG.dateText, null);
            String edtf = page.str(e, RKG.edtf, null);
            b.append("<li id=\"event-").append(Html.esc(PageModel.slug(e))).append("\"><span class=\"when\">")
             .append(Html.esc(edtf != null ? edtf : "date not given")).append("</span>");
            if (when != null) b.append("<span class=\"muted\">(“").append(Html.esc(when)).append("”)</span> ");
            b.append(page.link(e));
            for (RDFNode k : kindsOf(page, e)) b.append(" <span class=\"muted\">— ").append(page.link(k)).append("</span>");
            References.render(b, page, e);
            b.append(Citation.action(page, e, e.getURI()));
            b.append("</li>");
            if (returned) phase = 2;
        }
        b.append("</ol>");
        b.append("</section>");
    }

    private static boolean ofKind(PageModel page, Resource e) {
        return kindsOf(page, e).stream().anyMatch(k -> k.isURIResource() && PageModel.slug(k.asResource()).equals(page.kind));
    }

    private static Set<RDFNode> kindsOf(PageModel page, Resource e) {
        var kinds = new LinkedHashSet<RDFNode>();
        for (Property t : KINDS) kinds.addAll(page.m.listObjectsOfProperty(e, t).toList());
        return kinds;
    }

    /** The kinds on the timeline, each a link that narrows it to that kind (no script: a page of its own). */
    private static void kinds(StringBuilder b, PageModel page, List<Resource> events) {
        if (page.path == null) return;
        var counts = new java.util.TreeMap<String, Integer>();
        var slugs = new java.util.HashMap<String, String>();
        for (Resource e : events)
            for (RDFNode k : kindsOf(page, e))
                if (k.isURIResource()) {
                    String label = page.label(k.asResource());
                    counts.merge(label, 1, Integer::sum);
                    slugs.put(label, PageModel.slug(k.asResource()));
                }
        if (counts.size() < 2) return;
        b.append("<nav class=\"kinds\" aria-label=\"Kinds of event\"><span class=\"muted\">Show: </span>");
        b.append(page.kind == null ? "<strong aria-current=\"true\">all</strong>" : Html.a(page.path + "#timeline", "all"));
        counts.forEach((label, n) -> {
            String slug = slugs.get(label);
            b.append(" · ");
            if (slug.equals(page.kind)) b.append("<strong aria-current=\"true\">").append(Html.esc(label)).append(" (").append(n).append(")</strong>");
            else b.append(Html.a(page.path + "?kind=" + slug + "#timeline", label + " (" + n + ")"));
        });
        b.append("</nav>");
    }

    /** An event of leaving home or arriving (a flight, an arrival, an asylum application, residence). */
    private static boolean leaving(PageModel page, Resource e) {
        for (Property t : KINDS)
            for (RDFNode k : page.m.listObjectsOfProperty(e, t).toList())
                if (k.isURIResource() && LEAVING.contains(PageModel.slug(k.asResource()))) return true;
        return false;
    }

    /** Dated events by their earliest bound; an undated one right after the event it is preceded by, if any. */
    static List<Resource> chronological(PageModel page, List<Resource> events) {
        var ordered = new ArrayList<Resource>(events.stream().filter(e -> page.m.contains(e, RKG.earliest))
                .sorted(Comparator.comparing((Resource e) -> page.str(e, RKG.earliest, "")).thenComparing(page::byLabel)).toList());
        var pending = new ArrayList<Resource>(events.stream().filter(e -> !page.m.contains(e, RKG.earliest))
                .sorted(Comparator.comparing(page::byLabel)).toList());
        boolean placed = true;
        while (placed && !pending.isEmpty()) {
            placed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Resource e = it.next();
                Statement before = page.m.getProperty(e, RKG.precededBy);
                int at = before == null ? -1 : ordered.indexOf(before.getObject());
                if (at >= 0) { ordered.add(at + 1, e); it.remove(); placed = true; }
            }
        }
        ordered.addAll(pending);
        return ordered;
    }
}
