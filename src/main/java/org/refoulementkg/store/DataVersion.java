package org.refoulementkg.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A version of the served data: the fingerprint of the sources it was built from, and when it was published
 * (as the store recorded it). The data changes only on publish, so anything computed from it can be kept until
 * the version changes.
 */
public record DataVersion(String fingerprint, Optional<Instant> loaded) {}
