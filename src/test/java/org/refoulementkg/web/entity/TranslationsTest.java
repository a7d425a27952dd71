package org.refoulementkg.web.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.Graphs;

/** Non-English source titles show an English rendering beside them, marked as editorial; a query can leave that graph out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslationsTest {
    static final String RUSSIAN = "Выдворенный из Франции чеченский беженец скончался в СИЗО Грозного";
    RunningServer server;

    @BeforeAll void start() { server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT); }
    @AfterAll void stop() { server.close(); }

    @Test
    void aFootnotePageShowsTheOriginalTitleAndTheEditorialTranslation() {
        String page = Http.get(server.url("/id/footnote/52"), "text/html").body();
        int original = page.indexOf(RUSSIAN);
        int english = page.indexOf("(English: ", original);
        assertTrue(original >= 0 && english > original, "original title, then the translation beside it");
        assertTrue(page.contains("editorial translation by refoulement-kg"), "marked as the project's translation");
    }

    @Test
    void theTranslationsAreAGraphOfTheirOwnThatAQueryCanLeaveOut() {
        String all = "SELECT (COUNT(*) AS ?n) { ?s rkg:titleTranslation ?t }";
        String without = "SELECT (COUNT(*) AS ?n) { ?s rkg:titleTranslation ?t FILTER NOT EXISTS { GRAPH <" + Graphs.TRANSLATIONS + "> { ?s rkg:titleTranslation ?t } } }";
        assertTrue(count(all) >= 25, "non-English sources have an English rendering");
        assertEquals(0, count(without));
        String marked = "ASK { <" + Graphs.TRANSLATIONS + "> a rkg:EditorialGraph }";
        assertTrue(Http.postForm(server.url("/sparql"), Map.of("query", marked), "text/csv").body().contains("true"));
        assertFalse(Http.postForm(server.url("/sparql"), Map.of("query", "ASK { ?s rkg:titleTranslation ?t . ?ref oa:hasSelector/oa:exact ?t }"), "text/csv").body().contains("true"),
                "never quoted as the briefing's words");
    }

    private int count(String query) {
        var r = Http.postForm(server.url("/sparql"), Map.of("query", query), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
