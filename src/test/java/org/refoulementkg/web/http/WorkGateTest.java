package org.refoulementkg.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The gate in front of entity pages: never more at work than permits, a fair queue, and 503 rather than an endless wait. */
class WorkGateTest {
    @Test
    void neverMoreAtWorkThanPermits() throws Exception {
        var gate = new WorkGate(2, Duration.ofSeconds(30));
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int n = i;
                done.add(pool.submit(() -> gate.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < done.size(); i++) assertEquals(i, done.get(i).get(30, TimeUnit.SECONDS));
        }
        assertEquals(2, most.get(), "at most two at work at once, and the 16 clients kept both permits busy");
    }

    @Test
    void aRequestThatCannotStartInTimeGets503() throws Exception {
        var gate = new WorkGate(1, Duration.ofMillis(200));
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var holder = pool.submit(() -> gate.run(() -> { holding.countDown(); await(release); return 1; }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            var busy = assertThrows(HttpProblem.class, () -> gate.run(() -> 2));
            assertEquals(503, busy.status());
            assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(150).toNanos(), "waited its patience before giving up");
            release.countDown();
            assertEquals(1, holder.get(10, TimeUnit.SECONDS));
        }
        assertEquals(3, gate.run(() -> 3), "a permit given back is used again");
    }

    @Test
    void aLowerPriorityGoesFirstAndEqualsKeepTheirOrder() throws Exception {
        var gate = new WorkGate(1, Duration.ofSeconds(30));
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var order = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            var holder = pool.submit(() -> gate.run(() -> { holding.countDown(); await(release); return 0; }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            var waiting = new ArrayList<Future<Integer>>();
            for (String[] w : new String[][] {{"flood-2", "20"}, {"flood-3", "20"}, {"person", "0"}}) {
                waiting.add(pool.submit(() -> gate.run(Long.parseLong(w[1]), () -> { order.add(w[0]); return 1; })));
                sleep(100); // in line in this order
            }
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            for (var f : waiting) f.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of("person", "flood-2", "flood-3"), new ArrayList<>(order));
    }

    @Test
    void aFailureGivesItsPermitBack() {
        var gate = new WorkGate(1, Duration.ofMillis(200));
        assertThrows(IllegalStateException.class, () -> gate.run(() -> { throw new IllegalStateException("boom"); }));
        assertEquals(4, gate.run(() -> 4));
    }

    private static void sleep(long ms) {
        try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }

    private static void await(CountDownLatch latch) {
        try { latch.await(10, TimeUnit.SECONDS); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }
}
