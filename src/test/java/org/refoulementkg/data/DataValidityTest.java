package org.refoulementkg.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.refoulementkg.support.ProjectData;

/**
 * The real data parses strictly, has zero SHACL violations, and every quote is verbatim in the briefing
 * with the footnotes the briefing marks (Loader.prepare throws, listing every problem, otherwise).
 */
class DataValidityTest {
    @Test
    void theBriefingsDataIsValid() {
        var data = ProjectData.loaded();
        assertTrue(data.files() >= 19 + 6, "case files plus shared files: " + data.files());
        assertTrue(data.quads() > 10_000, "triples: " + data.quads());
    }
}
