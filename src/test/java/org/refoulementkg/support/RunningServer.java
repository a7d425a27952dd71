package org.refoulementkg.support;

import java.nio.file.Path;
import java.time.Duration;

import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.WebApp;

import io.javalin.Javalin;

/** The real web app on a random port, for tests that speak HTTP to it. Closing it stops the app, not the store. */
public final class RunningServer implements AutoCloseable {
    private final Javalin app;
    private final KnowledgeGraph kg;

    private RunningServer(Javalin app, KnowledgeGraph kg) {
        this.app = app;
        this.kg = kg;
    }

    /** The app on the shared fixture store, with the fixture's queries/ as its catalogue. */
    public static RunningServer onFixture(Duration timeout) {
        return start(Fixtures.store(), timeout);
    }

    /** The app with the test fixture as its project home (fixture queries/ as the catalogue). */
    public static RunningServer start(KnowledgeGraph kg, Duration timeout) {
        return start(kg, timeout, Fixtures.FIXTURE);
    }

    public static RunningServer start(KnowledgeGraph kg, Duration timeout, Path home) {
        return start(kg, new WebApp.Settings(timeout, home));
    }

    /** With settings of the test's own (tighter limits, say). */
    public static RunningServer start(KnowledgeGraph kg, WebApp.Settings settings) {
        return new RunningServer(WebApp.create(kg, settings).start("127.0.0.1", 0), kg);
    }

    /** The store the server answers from. */
    public KnowledgeGraph store() { return kg; }

    public String url(String path) { return "http://127.0.0.1:" + app.port() + path; }

    public int port() { return app.port(); }

    @Override public void close() { app.stop(); }
}
