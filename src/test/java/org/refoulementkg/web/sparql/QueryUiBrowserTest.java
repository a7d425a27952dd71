package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.refoulementkg.support.Browser;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;

/** The query page in a real (headless) browser, on the fixture data and the fixture's named queries. */
@Tag("browser")
class QueryUiBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final By ROWS = By.cssSelector(".yasr table.dataTable tbody tr");

    private static RunningServer server;
    private Browser browser;
    private WebDriver driver;

    @BeforeAll static void startServer() { server = RunningServer.onFixture(Duration.ofSeconds(10)); }

    @AfterAll static void stopServer() { server.close(); }

    @BeforeEach void openBrowser() {
        browser = Browser.open();
        driver = browser.driver();
    }

    @AfterEach void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test void anExampleFromTheCatalogueRunsAndItsIrisLinkToLocalEntityPages() {
        driver.get(server.url("/sparql"));
        waitForEditor();
        String initial = (String) browser.js("return window.refoulementQueryUi.getTab().getQuery();");
        assertTrue(initial.contains(Prefixes.sparql("rkg").strip()), "editor starts with the prefixes: " + initial);

        driver.findElement(By.cssSelector("#examples a[data-name='people']")).click();
        String loaded = (String) browser.js("return window.refoulementQueryUi.getTab().getQuery();");
        assertTrue(loaded.startsWith("# title: People"), "the example is in the editor: " + loaded);
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();

        List<WebElement> rows = waitForRows(4);
        assertTrue(rows.get(0).getText().contains("Alice Example"), rows.get(0).getText());
        WebElement alice = driver.findElement(By.cssSelector(".yasr table.dataTable a.iri[href='/id/person/alice']"));
        assertTrue(alice.getText().contains("alice"), alice.getText());

        assertTrue(driver.findElement(By.id("share-link")).getDomAttribute("href").startsWith("/sparql?query=%23%20title%3A%20People"));
        assertTrue(driver.findElement(By.id("download-csv")).getDomAttribute("href").startsWith("/sparql?format=csv&query="));
        assertOnlyOwnOrigin();
    }

    @Test void aSharedLinkReopensAndRerunsTheQuery() {
        String query = RKGQ + "SELECT ?label WHERE { ?t a rkg:Transfer ; rdfs:label ?label }";
        driver.get(server.url("/sparql?query=" + Http.q(query)));
        List<WebElement> rows = waitForRows(1);
        assertTrue(rows.get(0).getText().contains("Deportation of Alice Example"), rows.get(0).getText());
        assertEquals(query, browser.js("return window.refoulementQueryUi.getTab().getQuery();"));
    }

    @Test void aMalformedQueryShowsTheParserErrorInline() {
        driver.get(server.url("/sparql?query=" + Http.q("SELECT ?x WHERE { ?x ")));
        WebElement error = browser.waitUpTo(WAIT).until(d -> {
            var found = d.findElements(By.cssSelector(".yasr .errorResult"));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
        assertTrue(error.getText().contains("Parse error: Encountered \"<EOF>\" at line 1, column 21"), error.getText());
    }

    @Test void aLiteralHoldingAScriptIsShownAsTextAndNeverRuns() {
        String query = RKGQ + "SELECT ?note WHERE { <" + RKG.ID + "person/dave> rkg:note ?note }";
        driver.get(server.url("/sparql?query=" + Http.q(query)));
        List<WebElement> rows = waitForRows(1);
        assertTrue(rows.get(0).getText().contains("<script>alert('x')</script>"), rows.get(0).getText());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertEquals(0L, browser.js("return document.querySelectorAll('.yasr script').length;"));
    }

    private static final String RKGQ = Prefixes.sparql("rkg", "rdfs");

    private void waitForEditor() {
        browser.waitUpTo(WAIT).until(d -> !d.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty()
                && Boolean.TRUE.equals(browser.js("return !!window.refoulementQueryUi;")));
    }

    private List<WebElement> waitForRows(int n) {
        return browser.waitUpTo(WAIT).until(d -> {
            var rows = d.findElements(ROWS);
            return rows.size() == n ? rows : null;
        });
    }

    /** Offline use: every resource the page loaded came from this server. */
    private void assertOnlyOwnOrigin() {
        @SuppressWarnings("unchecked")
        var urls = (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name);");
        String origin = server.url("");
        for (String u : urls) assertTrue(u.startsWith(origin), "loaded from elsewhere: " + u);
    }
}
