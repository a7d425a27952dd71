package org.refoulementkg.web.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.refoulementkg.support.Browser;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.Prefixes;

/**
 * The portal in real Chromium: from the home page to {@code /explore}, narrowed to France and deportation, the list is the
 * people of the research query {@code returned-by-france} (run here on the store); on to a person, the summary box's
 * outcome footnote, the footnote's page. {@code /timeline} has a lane per person and a mark per dated event (counted in
 * SPARQL). Facets and timeline marks are reached and followed with the keyboard alone.
 */
@Tag("browser")
class PortalBrowserTest {
    static RunningServer server;
    Browser browser;

    @BeforeAll static void start() { server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT); }
    @AfterAll static void stop() { server.close(); }
    @BeforeEach void open() { browser = Browser.open(); }
    @AfterEach void close() { browser.close(); }

    private void waitForUrl(String part) {
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }

    @Test
    void fromHomeThroughTheFacetsToAPersonsOutcomeFootnote() throws Exception {
        var d = browser.driver();
        d.get(server.url("/"));
        d.findElement(By.linkText("Explore")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Explore the cases"));
        assertEquals(19, d.findElements(By.cssSelector("table.people tbody tr")).size());

        d.findElement(By.cssSelector("#facet-sending")).findElement(By.partialLinkText("France")).click();
        waitForUrl("sending=france");
        d.findElement(By.cssSelector("#facet-transfer")).findElement(By.partialLinkText("deportation")).click();
        waitForUrl("transfer=deportation");
        assertTrue(d.getCurrentUrl().contains("sending=france"), "the earlier choice stays in the URL: " + d.getCurrentUrl());

        var shown = new TreeSet<String>();
        for (WebElement a : d.findElements(By.cssSelector("table.people tbody tr td:first-child a"))) shown.add(a.getText());
        var q = QueryFactory.create(Files.readString(Path.of("queries/returned-by-france.rq")));
        var expected = ProjectData.store().query(q, Duration.ofSeconds(30), qe -> {
            var names = new TreeSet<String>();
            qe.execSelect().forEachRemaining(r -> names.add(r.getLiteral("person").getLexicalForm()));
            return names;
        });
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown);

        String person = shown.first();
        d.findElement(By.cssSelector("table.people")).findElement(By.linkText(person)).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), person));
        WebElement footnote = d.findElement(By.cssSelector("section.summary dd.outcome a.fn"));
        String number = footnote.getText().replace("fn ", "");
        footnote.click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Footnote"));
        assertTrue(d.findElement(By.tagName("h1")).getText().contains(number), d.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theEventsListNarrowsByKindAndPages() {
        var d = browser.driver();
        d.get(server.url("/explore"));
        d.findElement(By.cssSelector("p.views")).findElement(By.linkText("events")).click();
        waitForUrl("show=events");
        assertEquals(100, d.findElements(By.cssSelector("table.events tbody tr")).size(), "the first page of events");
        d.findElement(By.partialLinkText("next ")).click();
        waitForUrl("page=2");
        assertTrue(d.findElement(By.cssSelector("nav.pages")).getText().startsWith("Rows 101–"), d.findElement(By.cssSelector("nav.pages")).getText());
        WebElement detention = d.findElement(By.cssSelector("#facet-event")).findElement(By.linkText("detention"));
        String count = detention.findElement(By.xpath("following-sibling::span[@class='count']")).getText();
        detention.click();
        waitForUrl("event=detention");
        assertFalse(d.getCurrentUrl().contains("page="), "a new choice starts at the first page: " + d.getCurrentUrl());
        List<WebElement> rows = d.findElements(By.cssSelector("table.events tbody tr"));
        assertEquals(Integer.parseInt(count), rows.size(), "the facet's count is the rows listed");
        for (WebElement r : rows) assertEquals("detention", r.findElements(By.tagName("td")).get(2).getText(), r.getText());
    }

    @Test
    void theTimelineHasALanePerPersonAndAMarkPerDatedEvent() {
        var d = browser.driver();
        d.get(server.url("/timeline"));
        long dated = ProjectData.store().query(QueryFactory.create(Prefixes.sparql() + """
                SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?p WHERE {
                  ?c a rkg:CaseStudy ; rkg:person ?p . ?e rkg:person ?p ; rkg:earliest ?d FILTER(isIRI(?e)) } }"""),
                Duration.ofSeconds(30), qe -> qe.execSelect().next().getLiteral("n").getLong());
        assertEquals(19, d.findElements(By.cssSelector("figure.picture svg g.lane")).size());
        List<WebElement> marks = d.findElements(By.cssSelector("figure.picture svg a.mark"));
        assertEquals(dated, marks.size());
        // drawn, not only present: each mark has a box on the screen
        assertEquals(0L, browser.js("return [...document.querySelectorAll('svg a.mark')].filter(a => a.getBBox().width <= 0).length"));
        assertTrue(d.findElement(By.cssSelector("svg a.marker")).getText().contains("24 February 2022"));
    }

    @Test
    void facetsAndTimelineMarksWorkWithTheKeyboard() {
        var d = browser.driver();
        d.get(server.url("/explore"));
        // Tab from the top until a facet value has the focus, then Enter chooses it
        String focused = "";
        for (int i = 0; i < 40 && !focused.contains("facet-"); i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            focused = (String) browser.js("const a = document.activeElement; const f = a.closest('section.facet'); return f ? f.id + ' ' + a.getAttribute('href') : a.tagName");
        }
        assertTrue(focused.startsWith("facet-"), "a facet value reached by Tab: " + focused);
        String href = focused.substring(focused.indexOf(' ') + 1);
        new Actions(d).sendKeys(Keys.ENTER).perform();
        waitForUrl(href.substring(href.indexOf('?')));
        assertEquals(1, d.findElements(By.cssSelector("nav.facets a.chosen")).size(), "the value is chosen");

        d.get(server.url("/timeline"));
        String mark = "";
        for (int i = 0; i < 60 && !mark.startsWith("mark"); i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            mark = (String) browser.js("const a = document.activeElement; return a.closest('svg') ? (a.getAttribute('class') || '') + ' ' + a.getAttribute('href') : a.tagName");
        }
        assertTrue(mark.startsWith("mark"), "a timeline mark reached by Tab: " + mark);
        String target = mark.substring(mark.lastIndexOf(' ') + 1);
        new Actions(d).sendKeys(Keys.ENTER).perform();
        waitForUrl(target);
    }
}
