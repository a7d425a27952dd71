package org.refoulementkg.web.http;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most as many requests work at once as there are cores; the others wait their turn, first come first
 * served. Without it, 32 readers on 2 cores share the CPU evenly, and a page that needs four times the work
 * (a person's timeline) takes four times as long as the rest: the slow tail. In turn, each page takes about
 * its own work once it starts, and the wait is the same for everyone. A request that cannot start within the
 * timeout gets 503 instead of a growing queue.
 */
public final class WorkGate {
    private final Semaphore permits;
    private final int permitCount;
    private final Duration patience;
    private final String what;

    /** @param what what waits here, for the refusal ("page", "query") */
    public WorkGate(int permits, Duration patience, String what) {
        this.permits = new Semaphore(permits, true);
        this.permitCount = permits;
        this.patience = patience;
        this.what = what;
    }

    public WorkGate(int permits, Duration patience) { this(permits, patience, "page"); }

    public static WorkGate perCore(Duration patience) {
        return new WorkGate(Runtime.getRuntime().availableProcessors(), patience);
    }

    public <T> T run(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS))
                throw new HttpProblem(503, "The server is busy: no " + what + " could be started within " + patience.toSeconds() + " s (" + permitCount + " run at once). Try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpProblem(503, "The server is shutting down.");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
