package org.refoulementkg.web.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
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

    @Override public void render(StringBuilder b, PageModel page) {
        List<Resource> events = page.m.listSubjectsWithProperty(RKG.person, page.r).filterKeep(Resource::isURIResource)
                .filterKeep(e -> TYPES.stream().anyMatch(t -> page.isA(e, t))).toList();
        if (events.isEmpty()) return;
        b.append("<section><h2>Timeline</h2><ol class=\"timeline\">");
        for (Resource e : chronological(page, events)) {
            String when = page.str(e, RKG.dateText, null);
            String edtf = page.str(e, RKG.edtf, null);
            b.append("<li><span class=\"when\">").append(Html.esc(edtf != null ? edtf : "date not given")).append("</span>");
            if (when != null) b.append("<span class=\"muted\">(“").append(Html.esc(when)).append("”)</span> ");
            b.append(page.link(e));
            for (Property t : KINDS) {
                Statement s = page.m.getProperty(e, t);
                if (s != null) b.append(" <span class=\"muted\">— ").append(page.link(s.getObject())).append("</span>");
            }
            References.render(b, page, e);
            b.append("</li>");
        }
        b.append("</ol></section>");
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
