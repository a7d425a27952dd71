package org.refoulementkg.web.sparql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The queries asked lately, by their text, prepared once ({@link PreparedQuery}): parsing, checking and metering a
 * catalogue query costs as much as answering it when its answer is small, and researchers and tools ask the same
 * texts again and again. Only what passed the checks is kept; a text that fails is parsed again each time, so that
 * its 400 always carries the parser's own message. Not a result cache: every answer is still computed (or comes from
 * the {@link ResultCache}, which says so).
 */
final class PreparedQueries {
    /** Queries kept, and the longest text kept: a few hundred ordinary queries, a few MB at most. */
    static final int MAX_QUERIES = 256, MAX_TEXT_CHARS = 16_384;

    private final Map<String, PreparedQuery> recent = new LinkedHashMap<>(2 * MAX_QUERIES, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, PreparedQuery> eldest) { return size() > MAX_QUERIES; }
    };

    /** {@code text} prepared before, if it is still kept. */
    synchronized Optional<PreparedQuery> known(String text) {
        return Optional.ofNullable(recent.get(text));
    }

    /** Keeps {@code prepared} as the preparation of {@code text} (which must not carry a protocol dataset of its own). */
    synchronized void remember(String text, PreparedQuery prepared) {
        if (text.length() <= MAX_TEXT_CHARS) recent.put(text, prepared);
    }

    /** The number kept: for tests. */
    synchronized int size() { return recent.size(); }
}
