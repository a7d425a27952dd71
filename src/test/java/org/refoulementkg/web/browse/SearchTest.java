package org.refoulementkg.web.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Search finds people by other spellings and partial names, sources by Cyrillic titles, as HTML and JSON. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
    RunningServer server;

    @BeforeAll void start() { server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT); }
    @AfterAll void stop() { server.close(); }

    JsonNode search(String q) throws Exception {
        var r = Http.get(server.url("/search?q=" + Http.q(q)), "application/json");
        assertEquals(200, r.statusCode());
        return new ObjectMapper().readTree(r.body()).get("results");
    }

    @Test
    void otherSpellingsFindThePerson() throws Exception {
        assertEquals(RKG.ID + "person/azamat-bayduev", search("Baiduev").get(0).get("iri").asText());
        assertEquals(RKG.ID + "person/magomed-gadaev", search("Magamed Gadaev").get(0).get("iri").asText());
        assertEquals(RKG.ID + "person/gerald-darmanin", search("Darmanin").get(0).get("iri").asText());
        assertEquals(RKG.ID + "person/gerald-darmanin", search("gerald darmanin").get(0).get("iri").asText());
    }

    @Test
    void cyrillicTitlesAreSearchable() throws Exception {
        var results = search("Мемориал");
        assertTrue(results.size() > 0);
        var hits = search("скончался в СИЗО Грозного");
        assertTrue(hits.get(0).get("iri").asText().contains("/source/"), hits.toString());
    }

    @Test
    void htmlResultsAreEscaped() {
        var r = Http.get(server.url("/search?q=" + Http.q("<script>alert(1)</script> Muradov")), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(!r.body().contains("<script>alert(1)</script>"), "reflected query must be escaped");
        assertTrue(r.body().contains("&lt;script&gt;"));
    }
}
