package org.refoulementkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.refoulementkg.support.Browser;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * WCAG 2.2 A and AA, checked by axe-core (Deque's Selenium binding, its axe.min.js from the test classpath: no network) in
 * real Chromium on every kind of page: no serious or critical violation.
 */
@Tag("browser")
class AccessibilityBrowserTest {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static RunningServer server;
    static Browser browser;

    @BeforeAll static void start() {
        server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT);
        browser = Browser.open();
    }

    @AfterAll static void stop() {
        browser.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/explore", "/explore?sending=france&transfer=deportation", "/explore?show=events&sending=france", "/timeline", "/flows", "/id/person/daoud-muradov",
            "/id/state/france", "/id/agent/cnda", "/id/footnote/55", "/id/source/kholod-2022-11-10-muradov",
            "/id/statement/case-daoud-muradov-outcome-died-after-return", "/sparql", "/ontology", "/search?q=Muradov", "/browse/cases"})
    void noSeriousOrCriticalViolations(String path) {
        var d = browser.driver();
        d.get(server.url(path));
        if (path.startsWith("/sparql"))
            browser.waitUpTo(Duration.ofSeconds(15)).until(x -> !x.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        Results results = new AxeBuilder().withTags(WCAG).analyze(d);
        assertTrue(results.isErrored() == false, path + ": axe ran: " + results.getErrorMessage());
        assertTrue(results.getPasses().size() > 5, path + ": axe checked the page (" + results.getPasses().size() + " rules passed)");
        var problems = new ArrayList<String>();
        for (Rule v : results.getViolations())
            if (BLOCKING.contains(v.getImpact()))
                problems.add(v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " — " + v.getNodes().stream().limit(3).map(n -> n.getTarget().toString()).toList());
        assertEquals(List.of(), problems, path);
    }
}
