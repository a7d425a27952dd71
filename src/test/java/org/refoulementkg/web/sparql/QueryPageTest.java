package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.web.html.Html;

/** The query page's markup and assets, over plain HTTP (the browser tests drive it). */
class QueryPageTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static RunningServer server;

    @BeforeAll static void start() { server = RunningServer.onFixture(Duration.ofSeconds(10)); }

    @AfterAll static void stop() { server.close(); }

    @Test void thePageCarriesItsSettingsInDataAttributesAndHasNoInlineScript() {
        var r = Http.get(server.url("/sparql"), BROWSER);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("data-prefixes=\"" + Html.esc(Prefixes.sparql()) + "\""));
        assertTrue(html.contains("data-id-base=\"https://w3id.org/refoulement-kg/id/\""));
        assertTrue(html.contains("<script src=\"/assets/yasgui/4.5.0/build/yasgui.min.js\" defer></script>"));
        assertTrue(html.contains("<script src=\"/static/query.js\" defer></script>"));
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no inline script");
        assertFalse(Pattern.compile("<(script|link)[^>]+(src|href)=\"(https?:)?//").matcher(html).find(), "scripts and styles from this server only");
        assertTrue(html.contains("<a href=\"/queries/people\" data-name=\"people\" data-query=\"# title: People"), "examples from the catalogue");
    }

    @Test void theAssetsAreServedFromTheApplication() {
        String[][] assets = {
            {"/assets/yasgui/4.5.0/build/yasgui.min.js", "javascript"},
            {"/assets/yasgui/4.5.0/build/yasgui.min.css", "text/css"},
            {"/static/query.js", "javascript"},
            {"/static/query.css", "text/css"},
            {"/static/site.css", "text/css"},
        };
        for (String[] a : assets) {
            var r = Http.get(server.url(a[0]), "*/*");
            assertEquals(200, r.statusCode(), a[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").contains(a[1]), a[0]);
        }
        assertTrue(Http.get(server.url("/assets/yasgui/4.5.0/build/yasgui.min.js"), "*/*").headers()
                .firstValue("Cache-Control").orElse("").contains("immutable"));
    }

    @Test void aSharedLinkOpensThePageEvenWhenTheQueryIsBroken() {
        // The page runs the query itself and shows the parser's error inline; a machine still gets the 400.
        var page = Http.get(server.url("/sparql?query=" + Http.q("SELECT ?x WHERE {")), BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"query-ui\""));
        assertEquals(400, Http.get(server.url("/sparql?query=" + Http.q("SELECT ?x WHERE {")), "application/sparql-results+json").statusCode());
    }
}
