package org.refoulementkg.support;

import java.nio.file.Path;
import java.time.Duration;

import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.WebApp;

import io.javalin.Javalin;

/** The real web app on a random port, for tests that speak HTTP to it. */
public final class RunningServer implements AutoCloseable {
    private final Javalin app;
    private final KnowledgeGraph owned;

    private RunningServer(Javalin app, KnowledgeGraph owned) {
        this.app = app;
        this.owned = owned;
    }

    /** The app on its own in-memory store holding the test fixture; closing the server closes the store. */
    public static RunningServer onFixture(Duration timeout) {
        var kg = KnowledgeGraph.inMemory();
        kg.publish(Fixtures.fixtureData());
        return new RunningServer(WebApp.create(kg, new WebApp.Settings(timeout, Fixtures.FIXTURE)).start("127.0.0.1", 0), kg);
    }

    /** The app with the test fixture as its project home (fixture queries/ as the catalogue). */
    public static RunningServer start(KnowledgeGraph kg, Duration timeout) {
        return start(kg, timeout, Fixtures.FIXTURE);
    }

    public static RunningServer start(KnowledgeGraph kg, Duration timeout, Path home) {
        return new RunningServer(WebApp.create(kg, new WebApp.Settings(timeout, home)).start("127.0.0.1", 0), null);
    }

    /** The store of a server made by {@link #onFixture}. */
    public KnowledgeGraph store() { return owned; }

    public String url(String path) { return "http://127.0.0.1:" + app.port() + path; }

    @Override public void close() {
        app.stop();
        if (owned != null) owned.close();
    }
}
