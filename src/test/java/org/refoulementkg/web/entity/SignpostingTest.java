package org.refoulementkg.web.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;

/** Entity answers carry Signposting links — cite-as the canonical IRI, describedby documents that answer, the licence — and a 404 none. */
class SignpostingTest {
    @Test
    void entityAnswersSignpostTheirCitationDescriptionAndLicence() {
        try (var server = RunningServer.onFixture(Duration.ofSeconds(30))) {
            for (String accept : new String[] {"text/html", "text/turtle"}) {
                var r = Http.get(server.url("/id/person/alice"), accept);
                assertEquals(200, r.statusCode());
                String link = String.join(", ", r.headers().allValues("Link"));
                assertTrue(link.contains("<" + RKG.ID + "person/alice>; rel=\"cite-as\""), link);
                assertTrue(link.contains("<https://creativecommons.org/licenses/by-nc-nd/4.0/>; rel=\"license\""), link);
                Matcher described = Pattern.compile("<([^>]+)>; rel=\"describedby\"; type=\"([^\"]+)\"").matcher(link);
                int n = 0;
                while (described.find()) {
                    n++;
                    var d = Http.get(server.url(described.group(1)), null);
                    assertEquals(200, d.statusCode(), described.group(1));
                    assertTrue(d.headers().firstValue("Content-Type").orElse("").startsWith(described.group(2)), described.group(1));
                }
                assertEquals(2, n, link);
            }
            var missing = Http.get(server.url("/id/person/nobody"), "text/html");
            assertEquals(404, missing.statusCode());
            assertFalse(String.join(", ", missing.headers().allValues("Link")).contains("cite-as"), "nothing to cite");
        }
    }
}
