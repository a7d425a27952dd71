package org.refoulementkg.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The synthetic briefing's text: a pool of sentences, a few for each kind of fact, laid out in the real
 * briefing's sections, with footnote markers ({@code <sup>N</sup>}, N = 1…154) after most sentences and the
 * footnotes printed after each section. Every generated reference quotes one of these sentences verbatim
 * and names the footnote that marks it, so the loader's quote check holds by construction.
 */
final class BriefingText {
    /** A sentence that references may quote, with what a reference to it must say. */
    record Quote(String text, String section, int footnote, String attribution, String hedge, String accordingTo) {}

    static final int FOOTNOTES = 154;
    /** The sections that hold text, in the order of the briefing. */
    static final List<String> SECTIONS = List.of("1", "3-1", "3-2", "3-3", "4-1", "4-2", "5-france", "5-romania",
            "5-western-balkans", "5-poland", "5-armenia", "6-1", "6-2", "6-3", "6-4");
    private static final int PER_KIND = 5;

    /** Opening words and the attribution they imply (rkg:attribution, rkg:hedge, rkg:accordingTo). */
    private record Opener(String words, String attribution, String hedge, String accordingTo) {}
    private static final List<Opener> OPENERS = List.of(
            new Opener("", "stated", null, null),
            new Opener("Reportedly, ", "reported", "Reportedly", null),
            new Opener("Shortly afterwards, ", "stated", null, null),
            new Opener("It was alleged that ", "alleged", "alleged", null),
            new Opener("According to Memorial, ", "claimed", null, "agent:memorial"),
            new Opener("Later, ", "stated", null, null));
    private static final List<String> CLOSERS = List.of("", " despite the risks he faced", " in the months that followed",
            " as his lawyer later confirmed", " without informing his family");

    /** Two cores per kind of fact; a sentence is an opener, a core and a closer. */
    static final Map<String, List<String>> CORES = cores();

    private final Map<String, List<Quote>> byKind = new LinkedHashMap<>();
    private final List<Integer> footnoteSections = new ArrayList<>();
    private final String text;

    /** @param footnoteText the printed text of footnote N (it appears after the section that carries marker N) */
    BriefingText(IntFunction<String> footnoteText) {
        var sentences = new ArrayList<String>();
        var kinds = new ArrayList<String>();
        var openers = new ArrayList<Opener>();
        int k = 0;
        for (var e : CORES.entrySet()) {
            for (int v = 0; v < PER_KIND; v++) {
                Opener o = OPENERS.get((v + k) % OPENERS.size());
                String core = e.getValue().get(v % e.getValue().size());
                String closer = CLOSERS.get((3 * v + k) % CLOSERS.size());
                sentences.add(capitalise(o.words() + core + closer) + ".");
                kinds.add(e.getKey());
                openers.add(o);
            }
            k++;
        }
        var doc = new StringBuilder("""
                ## **SYNTHETIC BRIEFING**

                A generated text with the layout of "Europe: The Point of No Return". None of it is a fact: it exists so that \
                generated references have passages to quote.

                """);
        int n = sentences.size();
        int next = 1;
        for (int s = 0; s < SECTIONS.size(); s++) {
            String section = SECTIONS.get(s);
            doc.append("# ").append(section.toUpperCase().replace('-', ' ')).append("\n\n");
            var notes = new StringBuilder();
            int from = s * n / SECTIONS.size(), to = (s + 1) * n / SECTIONS.size();
            for (int j = from; j < to; j++) {
                int marker = (j % PER_KIND != PER_KIND - 1 && next <= FOOTNOTES) ? next++ : 0;
                Opener o = openers.get(j);
                byKind.computeIfAbsent(kinds.get(j), x -> new ArrayList<>())
                        .add(new Quote(sentences.get(j), section, marker, o.attribution(), o.hedge(), o.accordingTo()));
                doc.append(sentences.get(j));
                if (marker > 0) {
                    doc.append("<sup>").append(marker).append("</sup>");
                    footnoteSections.add(s);
                    notes.append("<sup>").append(marker).append("</sup> ").append(footnoteText.apply(marker)).append("\n\n");
                }
                doc.append((j - from) % 4 == 3 || j == to - 1 ? "\n\n" : " ");
            }
            doc.append(notes);
        }
        if (next <= FOOTNOTES) throw new IllegalStateException("too few sentences for " + FOOTNOTES + " footnotes");
        this.text = doc.toString();
    }

    String text() { return text; }

    /** A sentence about a fact of this kind. */
    Quote pick(String kind, SplittableRandom rng) {
        List<Quote> pool = byKind.get(kind);
        if (pool == null) throw new IllegalArgumentException("no sentences for " + kind);
        return pool.get(rng.nextInt(pool.size()));
    }

    /** The section (slug) whose text carries footnote {@code n}'s marker. */
    String sectionOfFootnote(int n) { return SECTIONS.get(footnoteSections.get(n - 1)); }

    private static String capitalise(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    private static Map<String, List<String>> cores() {
        var m = new LinkedHashMap<String, List<String>>();
        m.put("case-study", List.of("this case shows how European states return people from the North Caucasus to Russia",
                "the case illustrates the dangers faced by people returned to the North Caucasus"));
        m.put("person", List.of("a young man from the North Caucasus fled to Europe after he was persecuted at home",
                "the applicant left Chechnya with his family after repeated threats"));
        m.put("kinship", List.of("his relatives were questioned by the police after his departure",
                "members of his family stayed behind in the North Caucasus and were threatened"));
        m.put("flight", List.of("he fled the North Caucasus after repeated threats from the security forces",
                "he left Chechnya for Europe after his release from detention"));
        m.put("arrival", List.of("he arrived in Europe and settled with his family", "he reached the border and asked for protection"));
        m.put("asylum-application", List.of("he applied for asylum", "he lodged an application for international protection"));
        m.put("asylum-rejected", List.of("the authorities rejected his asylum application",
                "the immigration authorities refused to grant him protection"));
        m.put("appeal-rejected", List.of("the court dismissed his appeal", "his appeal against the refusal was rejected"));
        m.put("appeal-allowed", List.of("the court allowed his appeal and quashed the refusal", "his appeal succeeded"));
        m.put("security-threat-finding", List.of("the authorities described him as a threat to national security",
                "the intelligence services labelled him a security risk"));
        m.put("deportation-order", List.of("the authorities ordered his deportation to Russia", "a deportation order was issued against him"));
        m.put("extradition-authorised", List.of("the court authorised his extradition to Russia", "the extradition request was approved"));
        m.put("expulsion-order", List.of("an expulsion order was issued on national security grounds", "he was ordered to leave the country"));
        m.put("red-notice", List.of("an Interpol red notice had been issued at the request of the Russian authorities",
                "the Russian authorities obtained a red notice through Interpol"));
        m.put("assurance", List.of("the Russian authorities gave diplomatic assurances that he would not be ill-treated",
                "the government relied on diplomatic assurances from Russia"));
        m.put("rule-39-requested", List.of("his lawyer asked the European Court of Human Rights for interim measures",
                "a request for interim measures was sent to the European Court of Human Rights"));
        m.put("rule-39-indicated", List.of("the European Court of Human Rights indicated interim measures to halt his return",
                "the European Court of Human Rights ordered that he must not be returned while his case was examined"));
        m.put("judgment", List.of("the European Court of Human Rights found that his return would violate the prohibition of torture",
                "the European Court of Human Rights ruled against the returning state"));
        m.put("return-barred", List.of("the court found that his return would expose him to a real risk of ill-treatment",
                "the judges barred his return to Russia"));
        m.put("refugee-status-granted", List.of("he was granted refugee status", "the court recognized him as a refugee"));
        m.put("detention-ordered", List.of("he was placed in immigration detention pending removal", "a judge ordered his detention pending removal"));
        m.put("legal-challenge", List.of("his lawyers challenged the decision in court", "he contested the removal order"));
        m.put("deportation", List.of("the authorities deported him to Russia", "he was forcibly returned to Moscow"));
        m.put("extradition", List.of("he was extradited to Russia", "he was handed over to the Russian authorities for prosecution"));
        m.put("expulsion", List.of("he was expelled to Russia", "the authorities removed him from the country"));
        m.put("voluntary-return", List.of("he was pressured into a so-called voluntary return to Russia",
                "he signed papers for a voluntary return under pressure"));
        m.put("refusal-of-entry", List.of("border officials refused him entry and sent him back towards Russia",
                "he was turned away at the border"));
        m.put("arrest", List.of("he was arrested on arrival at the airport", "security forces arrested him soon after his return"));
        m.put("detention", List.of("he was held in a pre-trial detention centre", "he was detained for several months"));
        m.put("incommunicado-detention", List.of("he was held incommunicado for several weeks",
                "his family did not know where he was held"));
        m.put("torture-or-ill-treatment", List.of("he was tortured in custody", "he was beaten until he signed a confession"));
        m.put("coerced-confession", List.of("he was forced to sign a confession", "he confessed under duress"));
        m.put("criminal-charge", List.of("a criminal case was opened against him", "he was charged with participation in an illegal armed group"));
        m.put("conviction", List.of("a court convicted him", "he was found guilty"));
        m.put("sentence", List.of("he was sentenced to a long prison term", "the court sentenced him to years in a penal colony"));
        m.put("enforced-disappearance", List.of("his whereabouts have been unknown since then",
                "he disappeared after being taken away by men in uniform"));
        m.put("death", List.of("he died in custody", "his family was informed of his death"));
        m.put("killing", List.of("he was killed", "he was shot dead"));
        m.put("release", List.of("he was released without charge", "he was freed after a public appeal"));
        m.put("surveillance", List.of("he remained under police surveillance", "the police kept watching him and his family"));
        return m;
    }
}
