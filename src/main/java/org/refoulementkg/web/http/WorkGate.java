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
    private final Duration patience;

    public WorkGate(int permits, Duration patience) {
        this.permits = new Semaphore(permits, true);
        this.patience = patience;
    }

    public static WorkGate perCore(Duration patience) {
        return new WorkGate(Runtime.getRuntime().availableProcessors(), patience);
    }

    public <T> T run(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS))
                throw new HttpProblem(503, "The server is busy: no page could be started within " + patience.toSeconds() + " s. Try again shortly.");
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
