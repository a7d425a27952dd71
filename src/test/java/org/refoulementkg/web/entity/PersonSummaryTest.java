package org.refoulementkg.web.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;

/**
 * A person at a glance, on the real data over HTTP: every case study's person has a summary box whose outcome lines are
 * exactly the case's outcomes, each with the footnotes of its own statement's references (asked of the store, not
 * written here); property headers are words, not camelCase; a reference is shown in full once per page; the timeline
 * is grouped into phases; statements and events have anchors and a citation.
 */
class PersonSummaryTest {
    static RunningServer server;
    static KnowledgeGraph kg;

    @BeforeAll static void start() {
        kg = ProjectData.store();
        server = RunningServer.start(kg, Duration.ofSeconds(30), Fixtures.PROJECT);
    }

    @AfterAll static void stop() { server.close(); }

    /** Case study persons, by their path, with their outcomes → footnote numbers of the outcome statement's references. */
    private static Map<String, Map<String, Set<String>>> outcomes() {
        var q = QueryFactory.create(Prefixes.sparql() + """
                SELECT ?p ?o ?n WHERE {
                  ?case a rkg:CaseStudy ; rkg:person ?p ; rkg:outcome ?o .
                  OPTIONAL { ?st rdf:reifies <<( ?case rkg:outcome ?o )>> ; prov:wasDerivedFrom/rkg:footnote/rkg:footnoteNumber ?n }
                }""");
        var out = new TreeMap<String, Map<String, Set<String>>>();
        kg.query(q, Duration.ofSeconds(30), qe -> {
            qe.execSelect().forEachRemaining(row -> {
                var fns = out.computeIfAbsent(row.getResource("p").getURI().substring(RKG.ID.length()), k -> new TreeMap<>())
                        .computeIfAbsent(row.getResource("o").getURI().substring(RKG.ID.length()), k -> new TreeSet<>());
                if (row.contains("n")) fns.add(row.getLiteral("n").getLexicalForm());
            });
            return null;
        });
        return out;
    }

    private static String page(String path) {
        var r = Http.get(server.url("/id/" + path), "text/html");
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static String between(String html, String start, String end) {
        int i = html.indexOf(start);
        assertTrue(i >= 0, "no " + start);
        return html.substring(i, html.indexOf(end, i));
    }

    @Test
    void everyCasePersonsSummaryShowsTheCasesOutcomesEachWithItsStatementsFootnotes() {
        var all = outcomes();
        assertEquals(19, all.size(), "the briefing's 19 case studies");
        for (var person : all.entrySet()) {
            String box = between(page(person.getKey()), "<section class=\"summary\"", "</section>");
            String outcomeLine = between(box, "<dd class=\"outcome\">", "</dd>");
            var shown = new TreeMap<String, Set<String>>();
            for (String div : outcomeLine.split("<div>")) {
                Matcher concept = Pattern.compile("^<a href=\"/id/(concept/[^\"]+)\"").matcher(div);
                if (!concept.find()) continue;
                var fns = new TreeSet<String>();
                Matcher fn = Pattern.compile("class=\"fn\" href=\"/id/footnote/(\\d+)\"").matcher(div);
                while (fn.find()) fns.add(fn.group(1));
                shown.put(concept.group(1), fns);
            }
            assertEquals(person.getValue(), shown, person.getKey() + ": outcomes and their footnotes in " + outcomeLine);
            assertTrue(box.contains("<dt>Returned</dt>"), person.getKey() + ": who returned them, or the case's status");
        }
    }

    @Test
    void muradovAtAGlance() {
        String box = between(page("person/daoud-muradov"), "<section class=\"summary\"", "</section>");
        assertTrue(between(box, "<dd class=\"origin\">", "</dd>").contains("/id/place/chechnya"), box);
        String returned = between(box, "<dd class=\"returned\">", "</dd>");
        for (String part : new String[] {"2020-12-11", "/id/state/france", "/id/concept/deportation", "/id/state/russia", "/id/event/muradov-deportation-2020"})
            assertTrue(returned.contains(part), part + " in " + returned);
    }

    @Test
    void propertyHeadersAreWordsNotCamelCase() {
        Pattern camel = Pattern.compile("<th[^>]*>(?:<a [^>]*>)?([^<]*[a-z][A-Z][^<]*)<");
        for (String path : List.of("/id/person/daoud-muradov", "/id/case/daoud-muradov", "/id/event/muradov-deportation-2020",
                "/id/state/france", "/id/footnote/55", "/id/statement/case-daoud-muradov-outcome-died-after-return", "/browse/cases", "/browse/states")) {
            String html = Http.get(server.url(path), "text/html").body();
            Matcher m = camel.matcher(html);
            assertFalse(m.find(), path + ": a camelCase header: " + (m.hitEnd() ? "" : m.group(1)));
        }
        assertTrue(Http.get(server.url("/browse/cases"), "text/html").body().contains(">returned by</th>"));
    }

    /** Each of a person's types, as the store has them: ours by its label, another vocabulary's (no label loaded) by its prefixed name. */
    @Test
    void theTypeLineTellsTheVocabulariesApart() {
        for (String person : List.of("daoud-muradov", "azamat-bayduev")) {
            String html = Http.get(server.url("/id/person/" + person), "text/html").body();
            String line = html.substring(html.indexOf("<p class=\"types\">"), html.indexOf("</p>", html.indexOf("<p class=\"types\">")));
            var shown = new TreeSet<String>();
            Matcher a = Pattern.compile(">([^<]+)</a>").matcher(line);
            while (a.find()) shown.add(a.group(1));
            var expected = kg.query(QueryFactory.create(Prefixes.sparql() + "SELECT ?t ?l WHERE { person:" + person
                    + " a ?t OPTIONAL { ?t rdfs:label ?l FILTER(LANG(?l) = \"en\") } }"), Duration.ofSeconds(30), qe -> {
                var out = new TreeSet<String>();
                qe.execSelect().forEachRemaining(r -> out.add(r.contains("l") ? r.getLiteral("l").getLexicalForm()
                        : Prefixes.compact(r.getResource("t").getURI()).orElseThrow()));
                return out;
            });
            assertTrue(expected.contains("schema:Person") && expected.contains("foaf:Person"), expected.toString());
            assertEquals(expected, shown, person + ": " + line);
        }
    }

    @Test
    void eachReferenceIsShownInFullOncePerPageAndRepeatsPointBackToIt() {
        for (String person : outcomes().keySet()) {
            String html = page(person);
            Matcher full = Pattern.compile("<div class=\"prov\" id=\"(ref-\\d+)\">(.*?)</div>(?=<|$)").matcher(html);
            var seen = new HashSet<String>();
            var anchors = new HashSet<String>();
            while (full.find()) {
                assertTrue(seen.add(full.group(2)), person + ": a reference shown in full twice: " + full.group(2));
                anchors.add(full.group(1));
            }
            Matcher again = Pattern.compile("<div class=\"prov again\">.*?<a href=\"#(ref-\\d+)\">").matcher(html);
            while (again.find()) assertTrue(anchors.contains(again.group(1)), person + ": points back to a reference shown: " + again.group(1));
        }
        assertTrue(page("person/daoud-muradov").contains("class=\"prov again\""), "Muradov's page repeats references (fn 52 behind several events)");
    }

    @Test
    void theTimelineIsGroupedByPhaseWithAnchorsAndCitations() {
        String html = page("person/daoud-muradov");
        int before = html.indexOf(">Before leaving</h3>"), europe = html.indexOf(">In Europe</h3>"), after = html.indexOf(">After return</h3>");
        assertTrue(0 < before && before < europe && europe < after, "phases in order");
        int deportation = html.indexOf("<li id=\"event-muradov-deportation-2020\"");
        int death = html.indexOf("<li id=\"event-muradov-death-2022\"");
        assertTrue(europe < deportation && deportation < after, "the deportation ends the time in Europe");
        assertTrue(after < death, "the death is after the return");

        var ids = new ArrayList<String>();
        Matcher id = Pattern.compile(" id=\"((?:event|statement)-[^\"]+)\"").matcher(html);
        while (id.find()) ids.add(id.group(1));
        assertEquals(new HashSet<>(ids).size(), ids.size(), "anchors are unique");
        assertTrue(ids.contains("statement-daoud-muradov-origin-chechnya"), "a statement's anchor");

        String death55 = html.substring(death, html.indexOf("</li>", death));
        String citation = between(death55, "<p class=\"citation\">", "</p>");
        assertTrue(citation.contains("EUR 01/7577/2024") && citation.contains("section 4.1, p. 10") && citation.contains("55")
                && citation.contains(RKG.ID + "event/muradov-death-2022"), citation);
    }

    @Test
    void theTimelineNarrowsToOneKindOnAPageOfItsOwn() {
        var q = QueryFactory.create(Prefixes.sparql() + """
                SELECT ?e WHERE { ?e rkg:person person:daoud-muradov ; rkg:eventType concept:arrest }""");
        var expected = new TreeSet<String>();
        kg.query(q, Duration.ofSeconds(30), qe -> { qe.execSelect().forEachRemaining(r -> expected.add(r.getResource("e").getURI().replaceFirst(".*/event/", ""))); return null; });
        assertTrue(expected.size() >= 2, expected.toString());
        String all = page("person/daoud-muradov");
        assertTrue(all.contains("<a href=\"/id/person/daoud-muradov?kind=arrest#timeline\">arrest (" + expected.size() + ")</a>"), "the kind's link, with its count");
        var r = Http.get(server.url("/id/person/daoud-muradov?kind=arrest"), "text/html");
        assertEquals(200, r.statusCode());
        var shown = new TreeSet<String>();
        Matcher li = Pattern.compile("<li id=\"event-([^\"]+)\"").matcher(r.body());
        while (li.find()) shown.add(li.group(1));
        assertEquals(expected, shown);
        assertTrue(r.body().indexOf(">Before leaving</h3>") < r.body().indexOf("event-muradov-arrest-2017")
                && r.body().indexOf(">In Europe</h3>") < r.body().indexOf("event-muradov-arrest-2020"), "phases from the whole story");
        String etagAll = Http.get(server.url("/id/person/daoud-muradov"), "text/html").headers().firstValue("ETag").orElseThrow();
        assertFalse(etagAll.equals(r.headers().firstValue("ETag").orElseThrow()), "a page of its own, not the same cached copy");
        assertEquals(400, Http.get(server.url("/id/person/daoud-muradov?kind=%3Cscript%3E"), "text/html").statusCode());
    }

    @Test
    void aStatementsOwnPageSaysHowToCiteIt() {
        String html = page("statement/case-daoud-muradov-outcome-died-after-return");
        String citation = between(html, "<p class=\"citation\">", "</p>");
        assertTrue(citation.contains("section 4.1, p. 10") && citation.contains("section 1, p. 3") && citation.contains("footnote 55")
                && citation.endsWith(RKG.ID + "statement/case-daoud-muradov-outcome-died-after-return"), citation);
    }
}
