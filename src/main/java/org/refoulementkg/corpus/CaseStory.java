package org.refoulementkg.corpus;

import static org.refoulementkg.corpus.Terms.bool;
import static org.refoulementkg.corpus.Terms.date;
import static org.refoulementkg.corpus.Terms.edtf;
import static org.refoulementkg.corpus.Terms.en;
import static org.refoulementkg.corpus.Terms.str;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one synthetic case study: a person and a relative, a story of 6 to 16 events and decisions (flight,
 * asylum, refusals, red notice, assurances, removal order, transfer, and what followed the return), each with
 * its date at a real precision (EDTF plus bounds) and a reference quoting the synthetic briefing, and the case
 * study itself with outcomes that follow from the story.
 */
final class CaseStory {
    private static final List<String> FIRST = List.of("Aslan", "Ruslan", "Magomed", "Akhmed", "Islam", "Said", "Umar", "Rustam",
            "Timur", "Adam", "Ibragim", "Khasan", "Murad", "Shamil", "Zelimkhan", "Movsar", "Apti", "Ilyas", "Lezi", "Khusen",
            "Azamat", "Emran", "Salman", "Zaurbek");
    private static final List<String> LAST = List.of("Umarov", "Dudayev", "Isayev", "Khasanov", "Magomedov", "Aliev", "Bisultanov",
            "Eldarov", "Gairbekov", "Khadzhiev", "Mutaev", "Saidov", "Tsakaev", "Vakhaev", "Yusupov", "Zakriev", "Abdulaev", "Bagaev",
            "Dzhabrailov", "Edilov");
    /** The people that queries/person-timeline.rq and queries/quotes-for-a-person.rq ask about get these IRIs (not their facts). */
    private static final List<String> FIXED_SLUGS = List.of("magomed-gadaev", "daoud-muradov");
    private static final List<String> KIN = List.of("wife", "brother", "sister", "father", "mother", "son", "uncle");
    private static final List<String> RISKS = List.of("perceived-isil-affiliation", "at-risk-of-prosecution",
            "dissident-or-political-opponent", "fleeing-mobilization", "relative-of-opponent", "previous-ill-treatment");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final LocalDate LAST_DAY = LocalDate.of(2023, 12, 31);

    private final TurtleOut out;
    private final BriefingText text;
    private final SplittableRandom rng;
    private long blank;

    // The case being written.
    private String slug, name, person, state, previous;
    private LocalDate clock;
    private int seq;

    CaseStory(TurtleOut out, BriefingText text, SplittableRandom rng) {
        this.out = out;
        this.text = text;
        this.rng = rng;
    }

    void write(int index) {
        name = FIRST.get(rng.nextInt(FIRST.size())) + " " + LAST.get(rng.nextInt(LAST.size()));
        slug = index < FIXED_SLUGS.size() ? FIXED_SLUGS.get(index) : name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + index;
        person = "person:" + slug;
        state = World.SENDING.get(rng.nextInt(World.SENDING.size()));
        previous = null;
        seq = 0;
        clock = LocalDate.of(2003 + rng.nextInt(12), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        var outcomes = new LinkedHashSet<String>();
        double roll = rng.nextDouble();
        String status = roll < 0.6 ? "returned" : roll < 0.85 ? "not-returned" : "proceedings-pending";

        describePerson(index);
        event("flight", "rkg:Event", "Flight from the North Caucasus").p("rkg:place", pick(World.ORIGINS));
        event("arrival", "rkg:Event", "Arrival in " + World.label(state)).p("rkg:place", "state:" + state);
        event("asylum-application", "rkg:Event", "Asylum application in " + World.label(state)).p("rkg:place", "state:" + state);
        String refusal = decision("asylum-rejected", World.immigrationOffice(state), "Asylum refused").iri;
        if (chance(0.5)) decision("appeal-rejected", World.appealCourt(state), "Appeal dismissed").p("rkg:appealOf", refusal);
        if (chance(0.3)) decision("security-threat-finding", World.authority(state), "Found a threat to national security");
        String redNotice = chance(0.3) ? fact("red-notice", "rkg:RedNotice", "Interpol red notice requested by Russia")
                .p("rkg:requestedBy", "state:russia").p("rkg:issuedBy", "agent:interpol").iri : null;
        String assurance = chance(0.2) ? fact("assurance", "rkg:DiplomaticAssurance", "Diplomatic assurances from Russia")
                .p("rkg:givenBy", "state:russia").p("rkg:givenTo", "state:" + state).iri : null;
        String[] removal = pick(List.of(
                new String[] {"deportation-order", "deportation", "Deportation"},
                new String[] {"extradition-authorised", "extradition", "Extradition"},
                new String[] {"expulsion-order", "expulsion", "Expulsion"},
                new String[] {"deportation-order", "voluntary-return", "So-called voluntary return"},
                new String[] {"deportation-order", "refusal-of-entry", "Refusal of entry"}));
        decision(removal[0], removal[0].equals("extradition-authorised") ? World.court(state) : World.authority(state), "Removal ordered");
        if (chance(0.4)) decision("rule-39-requested", "agent:ecthr", "Interim measures requested");

        switch (status) {
            case "returned" -> afterReturn(removal, redNotice, assurance, outcomes);
            case "not-returned" -> {
                if (chance(0.4)) decision("rule-39-indicated", "agent:ecthr", "Interim measures indicated");
                double r = rng.nextDouble();
                if (r < 0.4) decision("return-barred", World.court(state), "Return barred");
                else if (r < 0.7) decision("refugee-status-granted", World.appealCourt(state), "Refugee status granted");
                else caseLaw();
                outcomes.add(chance(0.5) ? "protection-granted" : "return-prevented");
            }
            default -> {
                decision("detention-ordered", World.court(state), "Detention pending removal ordered");
                event("legal-challenge", "rkg:Event", "Challenge to the removal").p("rkg:actor", person);
                outcomes.add("at-risk-of-return");
            }
        }
        describeCase(status, outcomes);
    }

    private void afterReturn(String[] removal, String redNotice, String assurance, Set<String> outcomes) {
        Fact t = fact(removal[1], "rkg:Transfer", removal[2] + " from " + World.label(state) + " to Russia")
                .p("rkg:transferType", "concept:" + removal[1]).p("rkg:sendingState", "state:" + state)
                .p("rkg:destination", "state:russia").p("rkg:actor", World.authority(state));
        if (chance(0.5)) t.p("rkg:place", "place:sheremetyevo-airport");
        if (redNotice != null) t.p("rkg:basis", redNotice);
        if (assurance != null) t.p("rkg:basis", assurance);
        String agent = pick(World.RUSSIAN_AGENTS);
        event("arrest", "rkg:Event", "Arrest after return").p("rkg:actor", agent).p("rkg:place", pick(World.CITIES));
        if (chance(0.8)) {
            event(chance(0.3) ? "incommunicado-detention" : "detention", "rkg:Event", "Detention after return").p("rkg:place", pick(World.FACILITIES));
            outcomes.add("detained-after-return");
        }
        if (chance(0.5)) {
            event("torture-or-ill-treatment", "rkg:Event", "Torture or other ill-treatment").p("rkg:actor", agent);
            outcomes.add("tortured-after-return");
            if (chance(0.5)) event("coerced-confession", "rkg:Event", "Coerced confession");
        }
        if (chance(0.5)) {
            fact("criminal-charge", "rkg:CriminalCharge", "Criminal charge").p("rkg:eventType", "concept:criminal-charge")
                    .p("rkg:actor", "agent:investigative-committee").p("rkg:chargeText", str("participation in an illegal armed group"));
            if (chance(0.6)) {
                event("conviction", "rkg:Event", "Conviction");
                event("sentence", "rkg:Event", "Prison sentence").p("rkg:place", "place:kalmykia-penal-colony");
                outcomes.add("imprisoned-after-return");
            }
        }
        double end = rng.nextDouble();
        if (end < 0.3) { event("death", "rkg:Event", "Death in custody").p("rkg:place", pick(World.FACILITIES)); outcomes.add("died-after-return"); }
        else if (end < 0.4) { event("killing", "rkg:Event", "Killing").p("rkg:actor", agent); outcomes.add("killed-after-return"); }
        else if (end < 0.55) { event("enforced-disappearance", "rkg:Event", "Enforced disappearance"); outcomes.add("disappeared-after-return"); }
        else if (end < 0.8) { event("release", "rkg:Event", "Release"); outcomes.add("released"); }
        else { event("surveillance", "rkg:Event", "Surveillance after release"); outcomes.add("under-surveillance"); }
    }

    private void caseLaw() {
        decision("judgment", "rkg:CaseLaw", "agent:ecthr", "Judgment of the European Court of Human Rights")
                .p("rkg:respondentState", "state:" + state)
                .p("rkg:caseName", str(name + " v. " + World.label(state)))
                .p("rkg:applicationNumber", str((10000 + rng.nextInt(89999)) + "/" + String.format("%02d", clock.getYear() % 100)));
    }

    private void describePerson(int index) {
        String kinship = "_:k" + (++blank);
        String kind = pick(KIN);
        String relative = person + "-" + kind;
        out.triple(person, "a", "rkg:Person");
        out.triple(person, "rdfs:label", en(name));
        out.triple(person, "foaf:name", str(name));
        out.triple(person, "rkg:origin", pick(World.ORIGINS));
        out.triple(person, "rkg:nationality", "state:russia");
        if (index < FIXED_SLUGS.size()) out.triple(person, "rkg:note", en("Synthetic person; the IRI is one the query catalogue asks about."));
        out.triple(person, "rkg:relative", kinship);
        out.triple(kinship, "a", "rkg:Kinship");
        out.triple(kinship, "rkg:person", relative);
        out.triple(kinship, "rkg:kinshipType", "concept:" + kind);
        BriefingText.Quote family = text.pick("kinship", rng);
        reference(kinship, family);
        reference(person, text.pick("person", rng));
        out.triple(relative, "a", "rkg:Person");
        out.triple(relative, "rdfs:label", en(Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " of " + name));
        out.triple(relative, "rkg:anonymous", bool(true));
        reference(relative, family);
    }

    private void describeCase(String status, Set<String> outcomes) {
        String c = "case:" + slug;
        out.triple("kg:briefing", "rkg:hasCaseStudy", c);
        out.triple(c, "a", "rkg:CaseStudy");
        out.triple(c, "rdfs:label", en("Case study: " + name));
        out.triple(c, "rkg:person", person);
        out.triple(c, "rkg:inSection", "section:" + pick(List.of("4-1", "4-2", "5-france", "5-romania", "5-western-balkans", "5-poland", "5-armenia")));
        for (String o : outcomes) out.triple(c, "rkg:outcome", "concept:" + o);
        var risks = new LinkedHashSet<String>();
        for (int i = rng.nextInt(3); i > 0; i--) risks.add(pick(RISKS));
        for (String r : risks) out.triple(c, "rkg:riskProfile", "concept:" + r);
        out.triple(c, "rkg:returningState", "state:" + state);
        out.triple(c, "rkg:status", "concept:" + status);
        reference(c, text.pick("case-study", rng));
        if (chance(0.5)) reference(c, text.pick("case-study", rng));
    }

    /** An event of the story: typed by rkg:eventType, about the person, after the previous one. */
    private Fact event(String kind, String cls, String label) {
        return fact(kind, cls, label).p("rkg:eventType", "concept:" + kind);
    }

    private Fact decision(String kind, String decidedBy, String label) {
        return decision(kind, "rkg:Decision", decidedBy, label);
    }

    private Fact decision(String kind, String cls, String decidedBy, String label) {
        return fact(kind, cls, label).p("rkg:decisionType", "concept:" + kind).p("rkg:decidedBy", decidedBy);
    }

    /** A fact node with label, person, date, the link to the previous fact and its reference. */
    private Fact fact(String kind, String cls, String label) {
        String iri = "event:%s-%02d-%s".formatted(slug, ++seq, kind);
        out.triple(iri, "a", cls);
        clock = clock.plusDays(15 + rng.nextInt(240));
        if (clock.isAfter(LAST_DAY)) clock = LAST_DAY;
        out.triple(iri, "rdfs:label", en(label + " (" + name + ")"));
        out.triple(iri, "rkg:person", person);
        dated(iri);
        if (previous != null && !cls.equals("rkg:RedNotice") && !cls.equals("rkg:DiplomaticAssurance") && chance(0.8))
            out.triple(iri, "rkg:precededBy", previous);
        reference(iri, text.pick(kind, rng));
        if (cls.equals("rkg:Event") || cls.equals("rkg:Transfer") || cls.equals("rkg:Decision") || cls.equals("rkg:CaseLaw")
                || cls.equals("rkg:CriminalCharge")) previous = iri;
        return new Fact(iri);
    }

    /** The date at a real precision: a day, a month, a year, an approximate year, a span of months, or none. */
    private void dated(String iri) {
        double r = rng.nextDouble();
        LocalDate d = clock;
        String printed, value;
        LocalDate earliest, latest;
        if (r < 0.1) return;
        if (r < 0.45) { printed = "on " + DAY.format(d); value = d.toString(); earliest = d; latest = d; }
        else if (r < 0.75) {
            YearMonth m = YearMonth.from(d);
            printed = "in " + MONTH.format(d); value = m.toString(); earliest = m.atDay(1); latest = m.atEndOfMonth();
        } else if (r < 0.9) {
            printed = "in " + d.getYear(); value = String.valueOf(d.getYear());
            earliest = LocalDate.of(d.getYear(), 1, 1); latest = LocalDate.of(d.getYear(), 12, 31);
        } else if (r < 0.95) {
            printed = "around " + d.getYear(); value = d.getYear() + "~";
            earliest = LocalDate.of(d.getYear() - 1, 1, 1); latest = LocalDate.of(d.getYear() + 1, 12, 31);
        } else {
            YearMonth from = YearMonth.from(d), to = from.plusMonths(1 + rng.nextInt(4));
            printed = "between " + MONTH.format(from.atDay(1)) + " and " + MONTH.format(to.atDay(1));
            value = from + "/" + to; earliest = from.atDay(1); latest = to.atEndOfMonth();
        }
        out.triple(iri, "rkg:dateText", str(printed));
        out.triple(iri, "rkg:edtf", edtf(value));
        out.triple(iri, "rkg:earliest", date(earliest));
        out.triple(iri, "rkg:latest", date(latest));
    }

    /** A reference quoting the synthetic briefing, with the footnote that marks the sentence and its attribution. */
    private void reference(String subject, BriefingText.Quote q) {
        String ref = "_:r" + (++blank), selector = "_:s" + blank;
        out.triple(subject, "prov:wasDerivedFrom", ref);
        out.triple(ref, "a", "rkg:Reference");
        out.triple(ref, "oa:hasSource", "kg:briefing");
        out.triple(ref, "rkg:inSection", "section:" + q.section());
        out.triple(ref, "oa:hasSelector", selector);
        out.triple(selector, "a", "oa:TextQuoteSelector");
        out.triple(selector, "oa:exact", str(q.text()));
        if (q.footnote() > 0) out.triple(ref, "rkg:footnote", "fn:" + q.footnote());
        out.triple(ref, "rkg:attribution", "concept:" + q.attribution());
        if (q.hedge() != null) out.triple(ref, "rkg:hedge", str(q.hedge()));
        if (q.accordingTo() != null) out.triple(ref, "rkg:accordingTo", q.accordingTo());
    }

    private boolean chance(double p) { return rng.nextDouble() < p; }

    private <T> T pick(List<T> from) { return from.get(rng.nextInt(from.size())); }

    /** A written fact, to add properties to. */
    private final class Fact {
        final String iri;
        Fact(String iri) { this.iri = iri; }
        Fact p(String property, String object) { out.triple(iri, property, object); return this; }
    }
}
