package org.refoulementkg.store;

import java.util.Optional;

/**
 * Where the local store's generations live and how a new one becomes the served one: in memory, or as directories
 * on disk switched by an atomic rename ({@link DiskGenerations}).
 */
interface Generations {
    /** The generation to serve at start (an empty one when nothing was published yet). */
    Generation current();

    /**
     * A new complete generation holding the publication, made the current one only once the publication's checks
     * have passed; on any failure nothing is left behind and the previous generation stays current.
     */
    Generation build(Publication publication);

    /** A generation that another process made current since {@code served}, if any. */
    Optional<Generation> newerThan(Generation served);

    /** Whether other processes may switch generations (and {@link #newerThan} is worth asking). */
    boolean shared();

    /** For logs and /health. */
    String describe(Generation served);
}
