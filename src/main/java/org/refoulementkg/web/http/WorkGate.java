package org.refoulementkg.web.http;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Supplier;

/**
 * Lets at most as many requests work at once as there are cores; the others wait their turn. Without it, 32 readers
 * on 2 cores share the CPU evenly, and a page that needs four times the work (a person's timeline) takes four times as
 * long as the rest: the slow tail. In turn, each page takes about its own work once it starts, and the wait is the
 * same for everyone. A request that cannot start within the timeout gets 503 instead of a growing queue.
 * <p>
 * The turn is first come, first served among equals; a request may bring a priority (lower goes first): /sparql
 * passes the query time its client used lately, so that a person's one query goes ahead of a flood's queued ones.
 */
public final class WorkGate {
    private final int permits;
    private final Duration patience;
    private final String what;
    private final PriorityQueue<Waiter> queue = new PriorityQueue<>(Comparator.comparingLong(Waiter::priority).thenComparingLong(Waiter::arrival));
    private int working;
    private long arrivals;

    private record Waiter(long priority, long arrival) {}

    /** @param what what waits here, for the refusal ("page", "query") */
    public WorkGate(int permits, Duration patience, String what) {
        this.permits = permits;
        this.patience = patience;
        this.what = what;
    }

    public WorkGate(int permits, Duration patience) { this(permits, patience, "page"); }

    public static WorkGate perCore(Duration patience) {
        return new WorkGate(Runtime.getRuntime().availableProcessors(), patience);
    }

    public <T> T run(Supplier<T> work) { return run(0, work); }

    /** Runs {@code work} when a permit is free and no waiter of a lower priority (or the same, earlier) is ahead. */
    public <T> T run(long priority, Supplier<T> work) {
        acquire(priority);
        try {
            return work.get();
        } finally {
            release();
        }
    }

    private synchronized void acquire(long priority) {
        var me = new Waiter(priority, arrivals++);
        queue.add(me);
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (working >= permits || queue.peek() != me) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    queue.remove(me);
                    notifyAll(); // the next in line may be able to start now
                    throw new HttpProblem(503, "The server is busy: no " + what + " could be started within " + patience.toSeconds()
                            + " s (" + permits + " run at once). Try again shortly.");
                }
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
            queue.remove(me);
            working++;
            notifyAll(); // a second free permit: the next in line may start too
        } catch (InterruptedException e) {
            queue.remove(me);
            notifyAll();
            Thread.currentThread().interrupt();
            throw new HttpProblem(503, "The server is shutting down.");
        }
    }

    private synchronized void release() {
        working--;
        notifyAll();
    }
}
