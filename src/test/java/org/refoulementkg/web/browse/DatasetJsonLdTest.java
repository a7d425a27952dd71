package org.refoulementkg.web.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The home page carries a schema.org Dataset in JSON-LD that parses, names the licence and the briefing, and whose downloads answer. */
class DatasetJsonLdTest {
    @Test
    void theHomePageDescribesTheDatasetForSearchEngines() throws Exception {
        try (var server = RunningServer.onFixture(Duration.ofSeconds(30))) {
            String html = Http.get(server.url("/"), "text/html").body();
            int start = html.indexOf("<script type=\"application/ld+json\">");
            assertTrue(start > 0 && start < html.indexOf("</head>"), "in the head");
            String json = html.substring(start + "<script type=\"application/ld+json\">".length(), html.indexOf("</script>", start));
            JsonNode d = new ObjectMapper().readTree(json);
            assertEquals("https://schema.org/", d.path("@context").asText());
            assertEquals("Dataset", d.path("@type").asText());
            assertEquals("https://creativecommons.org/licenses/by-nc-nd/4.0/", d.path("license").asText());
            assertEquals("EUR 01/7577/2024", d.path("isBasedOn").path("identifier").asText());
            assertTrue(d.path("description").asText().length() > 50);
            assertEquals(2, d.path("distribution").size());
            for (JsonNode dist : d.path("distribution")) {
                String local = dist.path("contentUrl").asText().replace(RKG.BASE, "/");
                assertEquals(200, Http.get(server.url(local), null).statusCode(), local);
            }
        }
    }
}
