package org.refoulementkg.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The benchmark's HTTP client (loopback only): single requests with their time, startup probes, and a
 * closed-loop load of N clients, each sending its next request when the previous one is answered, bounded
 * by a request count and a time budget.
 */
final class HttpProbe implements AutoCloseable {
    /** A response with its status, body and time from sending to the last byte. */
    record Reply(int status, byte[] body, long nanos) {
        boolean ok() { return status == 200; }
    }

    /** A load run: how many requests completed in how long, and their latencies. */
    record Load(int clients, int requests, double seconds, double perSecond, Latencies latencies) {}

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        var t = new Thread(r, "bench-client");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(pool).build();

    Reply send(HttpRequest request) {
        long t = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body(), System.nanoTime() - t);
        } catch (IOException e) {
            return new Reply(-1, e.toString().getBytes(), System.nanoTime() - t);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, new byte[0], System.nanoTime() - t);
        }
    }

    /** Seconds from the child's start to its first 200 on {@code request} (polling every 20 ms); NaN if it died or timed out. */
    double firstAnswer(JavaChild child, HttpRequest request, Duration max) {
        long deadline = child.startedNanos() + max.toNanos();
        while (System.nanoTime() < deadline && child.alive()) {
            if (send(request).ok()) return (System.nanoTime() - child.startedNanos()) / 1e9;
            sleep(20);
        }
        return Double.NaN;
    }

    /** Sends each request in turn, {@code rounds} times or until {@code budget} is spent (at least once each). */
    Latencies sequential(List<HttpRequest> requests, int rounds, Duration budget) {
        var times = new ArrayList<Long>();
        int errors = 0;
        long end = System.nanoTime() + budget.toNanos();
        for (int round = 0; round < rounds && (round == 0 || System.nanoTime() < end); round++) {
            for (HttpRequest r : requests) {
                Reply reply = send(r);
                if (reply.ok()) times.add(reply.nanos()); else errors++;
            }
        }
        return Latencies.of(times, errors);
    }

    /** {@code clients} clients in a closed loop over {@code request(i)}, until {@code maxRequests} are sent or {@code budget} is spent. */
    Load closedLoop(int clients, IntFunction<HttpRequest> request, int maxRequests, Duration budget) {
        var times = Collections.synchronizedList(new ArrayList<Long>());
        var errors = new AtomicInteger();
        var next = new AtomicInteger();
        long start = System.nanoTime(), end = start + budget.toNanos();
        var workers = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            workers.execute(() -> {
                int i;
                while (System.nanoTime() < end && (i = next.getAndIncrement()) < maxRequests) {
                    Reply reply = send(request.apply(i));
                    if (reply.ok()) times.add(reply.nanos()); else errors.incrementAndGet();
                }
            });
        }
        workers.shutdown();
        try {
            workers.awaitTermination(budget.toSeconds() + 300, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = times.size() + errors.get();
        return new Load(clients, done, seconds, times.size() / seconds, Latencies.of(new ArrayList<>(times), errors.get()));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        client.close();
        pool.shutdownNow();
    }
}
