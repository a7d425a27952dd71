package org.refoulementkg.web.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.refoulementkg.support.Browser;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;

/**
 * A person with a browser: from the home page, search a name, open the person, see the timeline, expand the
 * briefing's words and follow a footnote to its source. And a script in the data shows as text, never runs.
 */
@Tag("browser")
class BrowsingBrowserTest {
    static RunningServer server;
    static RunningServer fixtureServer;
    Browser browser;

    @BeforeAll static void start() {
        server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT);
        fixtureServer = RunningServer.onFixture(Duration.ofSeconds(30));
    }

    @AfterAll static void stop() {
        server.close();
        fixtureServer.close();
    }

    @BeforeEach void open() { browser = Browser.open(); }
    @AfterEach void close() { browser.close(); }

    @Test
    void fromTheHomePageToAPersonsTimelineAndAFootnotesSource() {
        var d = browser.driver();
        d.get(server.url("/"));
        assertTrue(d.getTitle().contains("refoulement-kg"));
        WebElement box = d.findElement(By.cssSelector("main form.search input[name=q]"));
        box.sendKeys("Baiduev", Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results li a")));
        d.findElement(By.cssSelector("ol.results li a")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Azamat Bayduev"));

        var timeline = d.findElements(By.cssSelector("ol.timeline > li"));
        assertTrue(timeline.size() >= 8, "timeline entries: " + timeline.size());
        String text = d.findElement(By.xpath("//section[h2[.='Timeline']]")).getText(); // every phase
        assertTrue(text.contains("2018-08-31"), "the deportation's date in the timeline");
        assertTrue(text.indexOf("2018-08-31") < text.indexOf("2019-06"), "chronological order");

        WebElement details = d.findElement(By.cssSelector("ol.timeline details"));
        assertFalse(details.findElement(By.tagName("blockquote")).isDisplayed(), "the quote starts folded");
        details.findElement(By.tagName("summary")).click();
        assertTrue(details.findElement(By.tagName("blockquote")).isDisplayed(), "the briefing's words on expand");

        WebElement footnote = d.findElement(By.cssSelector("ol.timeline .fn a"));
        String number = footnote.getText();
        footnote.click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Footnote"));
        assertTrue(d.findElement(By.tagName("h1")).getText().contains(number.replace("fn ", "")));
        WebElement cites = d.findElement(By.xpath("//tr[th[contains(., 'cites')]]/td//a"));
        cites.click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h2[contains(., 'Facts resting on this source')]")));
        assertTrue(d.findElements(By.xpath("//h2[contains(., 'Facts resting on this source')]/following-sibling::ul/li")).size() > 0);
    }

    @Test
    void aScriptInTheDataIsShownAsTextAndNeverRuns() {
        var d = browser.driver();
        d.get(fixtureServer.url("/id/person/dave"));
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Dave Example"));
        assertThrows(NoAlertPresentException.class, () -> d.switchTo().alert());
        assertTrue(d.findElement(By.tagName("main")).getText().contains("<script>alert('x')</script>"), "the payload is visible as text");
        assertEquals(0L, browser.js("return document.querySelectorAll('main script').length"));

        d.get(fixtureServer.url("/search?q=" + URLEncoder.encode("<img src=x onerror=alert(1)> alert", StandardCharsets.UTF_8)));
        assertThrows(NoAlertPresentException.class, () -> d.switchTo().alert());
        assertEquals(0L, browser.js("return document.querySelectorAll('main img').length"), "reflected markup is escaped");

        // A shared query link carrying markup: the query page shows it as query text, never as markup.
        d.get(fixtureServer.url("/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } # </textarea><script>alert(2)</script><img src=x onerror=alert(3)>", StandardCharsets.UTF_8)));
        browser.waitUpTo(Duration.ofSeconds(15)).until(x -> (Boolean) browser.js("return document.querySelector('.CodeMirror') !== null"));
        assertThrows(NoAlertPresentException.class, () -> d.switchTo().alert());
        assertEquals(0L, browser.js("return document.querySelectorAll('img[src=x]').length"));
    }
}
