package org.refoulementkg.web.http;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.javalin.http.Context;

/**
 * Fair sharing, as the Wikidata Query Service does it: each client has a budget of query time per minute, refilled
 * continuously; a client that has spent it gets 429 with Retry-After (seconds until it may ask again) instead of
 * taking every worker from everyone else. The client is the connection's address, or, when that address is a
 * trusted proxy the operator named, the nearest address in X-Forwarded-For that is not one.
 *
 * <pre>{@code
 * var budget = new ClientBudget(new ClientBudget.Settings(Duration.ofSeconds(60), Set.of()));
 * ClientBudget.Account account = budget.admit(ctx);   // 429 if spent
 * long start = System.nanoTime();
 * try { runTheQuery(); } finally { account.spend(System.nanoTime() - start); }
 * }</pre>
 */
public final class ClientBudget {
    /**
     * @param perMinute      query time one client may use per minute ({@link Duration#ZERO}: no budget, no limit at once)
     * @param trustedProxies addresses of proxies in front of the server whose X-Forwarded-For is believed
     * @param atOnce         queries one client may run at once; its others wait their turn behind its own, not everyone's
     */
    public record Settings(Duration perMinute, Set<String> trustedProxies, int atOnce) {
        /**
         * A minute of query time per minute, and all cores but one at once: a person working by hand never meets
         * either; a flood of heavy queries meets both, and leaves a core to everyone else.
         */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(60), Set.of(), Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

        public Settings(Duration perMinute, Set<String> trustedProxies) { this(perMinute, trustedProxies, DEFAULT.atOnce()); }

        public Settings {
            if (atOnce < 1) throw new IllegalArgumentException("a client must be able to run one query");
        }
    }

    private static final int CLEAN_ABOVE = 10_000;
    private final Settings settings;
    private final LongSupplier clock;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public ClientBudget(Settings settings) { this(settings, System::nanoTime); }

    ClientBudget(Settings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.clock = nanoClock;
    }

    /** The client's account if its budget is not spent; else 429 with Retry-After. Time spent is charged by the caller. */
    public Account admit(Context ctx) {
        if (settings.perMinute().isZero()) return Account.FREE;
        if (accounts.size() > CLEAN_ABOVE) clean();
        String client = client(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
        Account account = accounts.computeIfAbsent(client, c -> new Account(capacity(), clock.getAsLong(), settings.atOnce()));
        long wait = account.waitNanos(clock.getAsLong(), capacity());
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new HttpProblem(429, "Too many queries from your address: you have used your " + settings.perMinute().toSeconds()
                    + " s of query time per minute. Try again in " + seconds + " s.");
        }
        return account;
    }

    /** The client: the connection's address, unless it is a trusted proxy (then the nearest untrusted forwarded one). */
    public String client(String remote, String forwardedFor) {
        if (forwardedFor == null || !settings.trustedProxies().contains(remote)) return remote;
        String[] hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toArray(String[]::new);
        for (int i = hops.length - 1; i >= 0; i--)
            if (!settings.trustedProxies().contains(hops[i])) return hops[i];
        return remote;
    }

    private long capacity() { return settings.perMinute().toNanos(); }

    /** The account's recent query time (halving each minute): lower goes first at the gate. */
    public long priority(Account account) {
        return account == Account.FREE ? 0 : account.recent(clock.getAsLong());
    }

    /** Forget clients whose budget is full again: they are as new. */
    private void clean() {
        long now = clock.getAsLong();
        accounts.values().removeIf(a -> a.full(now, capacity()));
    }

    /**
     * A client's token bucket in nanoseconds of query time (refilled at capacity per minute, at most capacity), and its
     * turns: how many of its queries may run at once.
     */
    public static final class Account {
        static final Account FREE = new Account(Long.MAX_VALUE / 2, 0, Integer.MAX_VALUE);
        private final Semaphore turns;
        private final int atOnce;
        private long balance;
        private long updated;
        private double recent;
        private long decayed;

        Account(long balance, long now, int atOnce) {
            this.balance = balance;
            this.updated = now;
            this.decayed = now;
            this.atOnce = atOnce;
            this.turns = new Semaphore(atOnce, true);
        }

        /** Runs {@code work} when one of the client's turns is free; 429 if none frees within {@code patience}. */
        public <T> T inTurn(Duration patience, Supplier<T> work) {
            if (this == FREE) return work.get();
            try {
                if (!turns.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS))
                    throw new HttpProblem(429, "Too many queries at once from your address: " + atOnce + " may run at a time, and yours did not finish within "
                            + patience.toSeconds() + " s. Send the next when one is answered.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HttpProblem(503, "The server is shutting down.");
            }
            try {
                return work.get();
            } finally {
                turns.release();
            }
        }

        synchronized long waitNanos(long now, long capacity) {
            refill(now, capacity);
            // Refilled at capacity per minute: the deficit takes deficit × (minute / capacity) to come back.
            return balance > 0 ? 0 : (long) ((double) -balance * Duration.ofMinutes(1).toNanos() / capacity) + 1;
        }

        /** Query time the client used lately, decaying by half each minute: its place among waiting queries. */
        synchronized long recent(long now) {
            decay(now);
            return (long) recent;
        }

        private void decay(long now) {
            recent *= Math.pow(0.5, (now - decayed) / (double) Duration.ofMinutes(1).toNanos());
            decayed = now;
        }

        /** Charges query time to the client. */
        public synchronized void spend(long nanos) {
            if (this == FREE) return;
            balance -= nanos;
            decay(System.nanoTime());
            recent += nanos;
        }

        synchronized boolean full(long now, long capacity) {
            refill(now, capacity);
            return balance >= capacity && turns.availablePermits() == atOnce;
        }

        private void refill(long now, long capacity) {
            long elapsed = now - updated;
            updated = now;
            balance = Math.min(capacity, balance + (long) ((double) elapsed * capacity / Duration.ofMinutes(1).toNanos()));
        }
    }
}
