package org.refoulementkg.corpus;

import static org.refoulementkg.corpus.Terms.anyUri;
import static org.refoulementkg.corpus.Terms.date;
import static org.refoulementkg.corpus.Terms.edtf;
import static org.refoulementkg.corpus.Terms.en;
import static org.refoulementkg.corpus.Terms.integer;
import static org.refoulementkg.corpus.Terms.lang;
import static org.refoulementkg.corpus.Terms.str;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The fixed part of a synthetic corpus, the same at every scale: the briefing as a document with its
 * sections and 154 footnotes, the cited sources (titles in six languages), states, agents and places.
 * Case files refer to these IRIs and do not describe them again, as in {@code data/}.
 */
final class World {
    /** European states that return people; each gets an authority, an immigration office, a court and an appeal court. */
    static final List<String> SENDING = List.of("france", "germany", "norway", "poland", "belgium", "romania", "croatia",
            "armenia", "austria", "netherlands", "united-kingdom", "italy", "bulgaria", "bosnia-and-herzegovina", "serbia", "ukraine");
    static final List<String> ORIGINS = List.of("place:chechnya", "place:dagestan", "place:ingushetia", "place:kabardino-balkaria");
    static final List<String> CITIES = List.of("place:grozny", "place:urus-martan", "place:gudermes", "place:makhachkala", "place:nalchik", "place:moscow");
    static final List<String> FACILITIES = List.of("place:sizo-grozny", "place:omon-compound-chechnya", "place:kalmykia-penal-colony",
            "place:urus-martan-police-department", "place:sizo-makhachkala");
    static final List<String> RUSSIAN_AGENTS = List.of("agent:russian-authorities", "agent:fsb", "agent:chechen-security-forces",
            "agent:investigative-committee", "agent:russian-border-guards");
    static final int SOURCES = 300;

    private static final List<String> LANGUAGES = List.of("en", "en", "en", "ru", "ru", "fr", "de", "pl", "no");
    private static final List<String> PUBLISHERS = List.of("agent:amnesty-international", "agent:memorial", "agent:human-rights-watch",
            "agent:kholod", "agent:caucasian-knot", "agent:kavkaz-realii", "agent:novaya-gazeta", "agent:oc-media", "agent:bbc",
            "agent:le-monde", "agent:the-guardian", "agent:pace", "agent:ohchr");
    private static final List<String> KINDS = List.of("news-article", "ngo-publication", "amnesty-publication", "court-decision",
            "government-publication", "intergovernmental-publication", "report");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private record Source(int n, String language, String publisher, LocalDate date, String kind) {
        String iri() { return "source:syn-%04d".formatted(n); }
        String url() { return "https://example.org/synthetic/source-%04d".formatted(n); }
        String title() {
            return switch (language) {
                case "ru" -> "Доклад " + n + ": возвращения на Северный Кавказ";
                case "fr" -> "Rapport " + n + " : retours vers le Caucase du Nord";
                case "de" -> "Bericht " + n + ": Rückführungen in den Nordkaukasus";
                case "pl" -> "Raport " + n + ": powroty na Kaukaz Północny";
                case "no" -> "Rapport " + n + ": returer til Nord-Kaukasus";
                default -> "Report " + n + ": returns to the North Caucasus";
            };
        }
    }

    private final List<Source> sources = new ArrayList<>();

    World(SplittableRandom rng) {
        for (int n = 1; n <= SOURCES; n++)
            sources.add(new Source(n, LANGUAGES.get(rng.nextInt(LANGUAGES.size())), PUBLISHERS.get(rng.nextInt(PUBLISHERS.size())),
                    LocalDate.of(2005, 1, 1).plusDays(rng.nextInt(19 * 365)), KINDS.get(rng.nextInt(KINDS.size()))));
    }

    static String authority(String state) { return "agent:" + state + "-authorities"; }
    static String immigrationOffice(String state) { return "agent:" + state + "-immigration-office"; }
    static String court(String state) { return "agent:" + state + "-court"; }
    static String appealCourt(String state) { return state.equals("france") ? "agent:cnda" : "agent:" + state + "-appeal-court"; }

    /** The sources footnote {@code n} cites: one or two, so that every source is cited once. */
    private List<Source> citedBy(int n) {
        var cited = new ArrayList<Source>(List.of(sources.get(n - 1)));
        if (n + BriefingText.FOOTNOTES <= SOURCES) cited.add(sources.get(n + BriefingText.FOOTNOTES - 1));
        return cited;
    }

    /** Footnote {@code n} as printed: its sources' publishers, titles, dates and addresses. */
    String footnoteText(int n) {
        var parts = new ArrayList<String>();
        for (Source s : citedBy(n))
            parts.add(label(s.publisher().substring("agent:".length())) + ", “" + s.title() + "”, " + PRINTED.format(s.date()) + ", <" + s.url() + ">");
        return String.join("; ", parts);
    }

    /** Writes data/briefing/briefing.ttl, data/sources/*.ttl, data/agents/*.ttl and data/places.ttl; returns the triple count. */
    long write(Path data, BriefingText text) {
        long n = 0;
        try (var out = TurtleOut.single(data.resolve("briefing/briefing.ttl"), Terms.HEADER)) { briefing(out); n += out.triples(); }
        try (var out = TurtleOut.single(data.resolve("sources/footnotes.ttl"), Terms.HEADER)) { footnotes(out, text); n += out.triples(); }
        try (var out = TurtleOut.single(data.resolve("sources/sources.ttl"), Terms.HEADER)) { sources(out); n += out.triples(); }
        try (var out = TurtleOut.single(data.resolve("agents/states.ttl"), Terms.HEADER)) { states(out); n += out.triples(); }
        try (var out = TurtleOut.single(data.resolve("agents/agents.ttl"), Terms.HEADER)) { agents(out); n += out.triples(); }
        try (var out = TurtleOut.single(data.resolve("places.ttl"), Terms.HEADER)) { places(out); n += out.triples(); }
        return n;
    }

    private record Section(String slug, String number, String title, int page, String parent) {}
    private static final List<Section> ALL_SECTIONS = List.of(
            new Section("cover", null, "SYNTHETIC BRIEFING", 0, "kg:briefing"),
            new Section("1", "1", "EXECUTIVE SUMMARY", 3, "kg:briefing"),
            new Section("2", "2", "METHODOLOGY", 4, "kg:briefing"),
            new Section("3", "3", "BACKGROUND", 5, "kg:briefing"),
            new Section("3-1", "3.1", "Torture and other ill-treatment", 6, "section:3"),
            new Section("3-2", "3.2", "Persecution of dissidents", 7, "section:3"),
            new Section("3-3", "3.3", "The threat of mobilization", 9, "section:3"),
            new Section("4", "4", "A LEGACY OF DEATH, DISAPPEARANCE AND TORTURE", 10, "kg:briefing"),
            new Section("4-1", "4.1", "Deaths of returnees", 10, "section:4"),
            new Section("4-2", "4.2", "Detention, disappearance and torture of returnees", 13, "section:4"),
            new Section("5", "5", "CONTINUED ATTEMPTS TO RETURN", 16, "kg:briefing"),
            new Section("5-france", null, "FRANCE", 0, "section:5"),
            new Section("5-romania", null, "ROMANIA", 0, "section:5"),
            new Section("5-western-balkans", null, "THE WESTERN BALKANS", 0, "section:5"),
            new Section("5-poland", null, "POLAND", 0, "section:5"),
            new Section("5-armenia", null, "ARMENIA", 0, "section:5"),
            new Section("6", "6", "LEGAL AND POLICY ANALYSIS", 21, "kg:briefing"),
            new Section("6-1", "6.1", "Non-refoulement", 21, "section:6"),
            new Section("6-2", "6.2", "Diplomatic assurances", 23, "section:6"),
            new Section("6-3", "6.3", "Internal flight alternative", 24, "section:6"),
            new Section("6-4", "6.4", "Red notices", 25, "section:6"),
            new Section("recommendations", null, "RECOMMENDATIONS", 26, "kg:briefing"));

    private void briefing(TurtleOut out) {
        String b = "kg:briefing";
        out.triple(b, "a", "rkg:Briefing");
        out.triple(b, "rdfs:label", en("Synthetic briefing"));
        out.triple(b, "dcterms:title", en("SYNTHETIC BRIEFING: GENERATED DATA OF THE SHAPE OF THE POINT OF NO RETURN"));
        out.triple(b, "bibo:identifier", str("SYN 00/0000/2024"));
        out.triple(b, "dcterms:issued", edtf("2024-01"));
        out.triple(b, "dcterms:publisher", "agent:amnesty-international");
        out.triple(b, "dcterms:language", str("en"));
        for (Section s : ALL_SECTIONS) {
            String iri = "section:" + s.slug();
            out.triple(b, "rkg:hasSection", iri);
            out.triple(iri, "a", "rkg:Section");
            out.triple(iri, "rdfs:label", en("Section " + (s.number() == null ? s.slug() : s.number()) + " – " + s.title()));
            out.triple(iri, "dcterms:title", en(s.title()));
            if (s.number() != null) out.triple(iri, "rkg:sectionNumber", str(s.number()));
            if (s.page() > 0) out.triple(iri, "rkg:page", integer(s.page()));
            out.triple(iri, "dcterms:isPartOf", s.parent());
        }
        for (int n = 1; n <= BriefingText.FOOTNOTES; n++) out.triple(b, "rkg:hasFootnote", "fn:" + n);
    }

    private void footnotes(TurtleOut out, BriefingText text) {
        for (int n = 1; n <= BriefingText.FOOTNOTES; n++) {
            String fn = "fn:" + n;
            out.triple(fn, "a", "rkg:Footnote");
            out.triple(fn, "rdfs:label", en("Footnote " + n));
            out.triple(fn, "rkg:footnoteNumber", integer(n));
            out.triple(fn, "rkg:footnoteText", str(footnoteText(n)));
            out.triple(fn, "rkg:inSection", "section:" + text.sectionOfFootnote(n));
            out.triple(fn, "rkg:noteKind", "concept:citation");
            for (Source s : citedBy(n)) out.triple(fn, "rkg:cites", s.iri());
            out.triple(fn, "dcterms:isPartOf", "kg:briefing");
        }
    }

    private void sources(TurtleOut out) {
        for (Source s : sources) {
            String iri = s.iri();
            out.triple(iri, "a", "rkg:Source");
            out.triple(iri, "dcterms:title", lang(s.title(), s.language()));
            out.triple(iri, "rdfs:label", lang(s.title(), s.language()));
            out.triple(iri, "dcterms:publisher", s.publisher());
            out.triple(iri, "rkg:dateText", str(PRINTED.format(s.date())));
            out.triple(iri, "rkg:edtf", edtf(s.date().toString()));
            out.triple(iri, "rkg:earliest", date(s.date()));
            out.triple(iri, "rkg:latest", date(s.date()));
            out.triple(iri, "schema:url", anyUri(s.url()));
            out.triple(iri, "dcterms:language", str(s.language()));
            out.triple(iri, "rkg:sourceKind", "concept:" + s.kind());
        }
    }

    private void states(TurtleOut out) {
        var all = new ArrayList<String>(SENDING);
        all.add("russia");
        for (String s : all) {
            out.triple("state:" + s, "a", "rkg:State");
            out.triple("state:" + s, "rdfs:label", en(label(s)));
        }
    }

    private void agents(TurtleOut out) {
        for (String s : SENDING) {
            agent(out, authority(s), "rkg:Authority", label(s) + " authorities", "state:" + s);
            agent(out, immigrationOffice(s), "rkg:Authority", label(s) + " immigration office", "state:" + s);
            agent(out, court(s), "rkg:Court", label(s) + " administrative court", "state:" + s);
            if (!s.equals("france")) agent(out, appealCourt(s), "rkg:Court", label(s) + " court of appeal", "state:" + s);
        }
        agent(out, "agent:cnda", "rkg:Court", "French National Court of Asylum (CNDA)", "state:france");
        agent(out, "agent:russian-authorities", "rkg:Authority", "Russian authorities", "state:russia");
        agent(out, "agent:fsb", "rkg:SecurityService", "Federal Security Service (FSB)", "state:russia");
        agent(out, "agent:chechen-security-forces", "rkg:SecurityService", "Chechen security forces", "state:russia");
        agent(out, "agent:investigative-committee", "rkg:Authority", "Investigative Committee", "state:russia");
        agent(out, "agent:russian-border-guards", "rkg:Authority", "Russian border guards", "state:russia");
        agent(out, "agent:ecthr", "rkg:Court", "European Court of Human Rights", null);
        agent(out, "agent:interpol", "rkg:InternationalBody", "Interpol", null);
        agent(out, "agent:pace", "rkg:InternationalBody", "Parliamentary Assembly of the Council of Europe", null);
        agent(out, "agent:ohchr", "rkg:InternationalBody", "Office of the UN High Commissioner for Human Rights", null);
        agent(out, "agent:amnesty-international", "rkg:NGO", "Amnesty International", null);
        agent(out, "agent:memorial", "rkg:NGO", "Memorial Human Rights Centre", null);
        agent(out, "agent:human-rights-watch", "rkg:NGO", "Human Rights Watch", null);
        for (String media : List.of("kholod", "caucasian-knot", "kavkaz-realii", "novaya-gazeta", "oc-media", "bbc", "le-monde", "the-guardian"))
            agent(out, "agent:" + media, "rkg:MediaOutlet", label(media), null);
    }

    private static void agent(TurtleOut out, String iri, String type, String label, String jurisdiction) {
        out.triple(iri, "a", type);
        out.triple(iri, "rdfs:label", en(label));
        if (jurisdiction != null) out.triple(iri, "rkg:jurisdiction", jurisdiction);
    }

    private void places(TurtleOut out) {
        place(out, "place:north-caucasus", "rkg:Place", "North Caucasus", "state:russia");
        for (String p : ORIGINS) place(out, p, "rkg:Place", label(p.substring(6)), "place:north-caucasus");
        place(out, "place:grozny", "rkg:Place", "Grozny", "place:chechnya");
        place(out, "place:urus-martan", "rkg:Place", "Urus-Martan", "place:chechnya");
        place(out, "place:gudermes", "rkg:Place", "Gudermes", "place:chechnya");
        place(out, "place:makhachkala", "rkg:Place", "Makhachkala", "place:dagestan");
        place(out, "place:nalchik", "rkg:Place", "Nalchik", "place:kabardino-balkaria");
        place(out, "place:moscow", "rkg:Place", "Moscow", "state:russia");
        place(out, "place:sheremetyevo-airport", "rkg:Place", "Sheremetyevo airport", "place:moscow");
        place(out, "place:sizo-grozny", "rkg:DetentionFacility", "Pre-trial detention centre, Grozny", "place:grozny");
        place(out, "place:omon-compound-chechnya", "rkg:DetentionFacility", "OMON compound, Chechnya", "place:chechnya");
        place(out, "place:kalmykia-penal-colony", "rkg:DetentionFacility", "Penal colony in Kalmykia", "state:russia");
        place(out, "place:urus-martan-police-department", "rkg:DetentionFacility", "Urus-Martan police department", "place:urus-martan");
        place(out, "place:sizo-makhachkala", "rkg:DetentionFacility", "Pre-trial detention centre, Makhachkala", "place:makhachkala");
    }

    private static void place(TurtleOut out, String iri, String type, String label, String in) {
        out.triple(iri, "a", type);
        out.triple(iri, "rdfs:label", en(label));
        out.triple(iri, "rkg:locatedIn", in);
    }

    /** "bosnia-and-herzegovina" → "Bosnia and Herzegovina". */
    static String label(String slug) {
        var words = slug.split("-");
        var b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) b.append(' ');
            boolean small = i > 0 && (w.equals("and") || w.equals("of") || w.equals("the"));
            b.append(small ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
