package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.junit.jupiter.api.Test;

/** Which query the heap guard stops, called as the JVM calls it after a collection that leaves the heap too full. */
class HeapGuardTest {

    /** A query that allocates {@code bytes} and then waits to be let go before it reads its answer. */
    static final class Watched {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final CompletableFuture<Boolean> answer;

        Watched(HeapGuard guard, int bytes) {
            QueryExecution qe = QueryExecutionFactory.create("ASK {}", DatasetFactory.create());
            answer = CompletableFuture.supplyAsync(() -> guard.watch(qe, () -> {
                byte[] held = new byte[bytes];
                started.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return qe.execAsk() && held.length == bytes;
            }), Thread.ofPlatform().daemon()::start); // a thread each: the common pool may have only one
        }

        Watched running() throws InterruptedException {
            started.await(30, TimeUnit.SECONDS);
            return this;
        }

        Throwable stopped() {
            release.countDown();
            return assertThrows(ExecutionException.class, () -> answer.get(30, TimeUnit.SECONDS)).getCause();
        }

        boolean answered() throws Exception {
            release.countDown();
            return answer.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void itStopsTheQueryThatAllocatedTheMostAndOnlyOneAtATime() throws Exception {
        var guard = new HeapGuard(Duration.ZERO);
        var large = new Watched(guard, 64 << 20).running();
        var small = new Watched(guard, 1 << 20).running();

        guard.stopLargest();
        guard.stopLargest(); // the large one is still unwinding, its memory not yet free: the small one is spared
        assertEquals(QueryLimits.Exceeded.class, large.stopped().getClass());
        assertEquals(true, small.answered());
    }

    @Test
    void onceTheStoppedQueryHasEndedTheNextLargestCanBeStopped() throws Exception {
        var guard = new HeapGuard(Duration.ZERO);
        var large = new Watched(guard, 64 << 20).running();
        var small = new Watched(guard, 1 << 20).running();

        guard.stopLargest();
        assertEquals(QueryLimits.Exceeded.class, large.stopped().getClass());
        guard.stopLargest();
        assertEquals(QueryLimits.Exceeded.class, small.stopped().getClass());
    }

    @Test
    void noOtherIsStoppedWhileTheHeapSettlesAfterAStoppedQueryEnded() throws Exception {
        var guard = new HeapGuard(Duration.ofHours(1));
        var large = new Watched(guard, 64 << 20).running();
        var small = new Watched(guard, 1 << 20).running();

        guard.stopLargest();
        assertEquals(QueryLimits.Exceeded.class, large.stopped().getClass());
        guard.stopLargest(); // the large one has ended, but the heap's figures may still count it
        assertEquals(true, small.answered());
    }
}
