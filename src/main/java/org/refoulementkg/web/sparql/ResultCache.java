package org.refoulementkg.web.sparql;

import java.util.LinkedHashMap;
import java.util.Map;

import org.refoulementkg.store.DataVersion;

/**
 * Complete answers of {@code /sparql}, kept until the data changes: the served data changes only at a publish, and
 * each publication has its own version, which is part of the key. An answer is kept only if it was complete and held
 * in memory ({@link org.refoulementkg.web.http.SpillBuffer}: never one that streamed, was cut, timed out or failed),
 * and no larger than {@link Settings#maxEntryBytes}; all answers together stay within {@link Settings#maxBytes},
 * the least recently used going first. Entries of an older version go as soon as an answer of a newer one is kept.
 *
 * <pre>{@code
 * var cache = new ResultCache(ResultCache.Settings.DEFAULT);
 * var key = new ResultCache.Key(version, query.serialize(), contentType, "limits…");
 * byte[] body = cache.get(key);          // null: not there
 * cache.put(key, completeAnswer);
 * }</pre>
 */
public final class ResultCache {
    /**
     * @param maxBytes      bytes of all kept answers together (0: no cache)
     * @param maxEntryBytes bytes of the largest answer kept; larger ones are answered, not kept
     */
    public record Settings(long maxBytes, int maxEntryBytes) {
        public static final Settings DEFAULT = new Settings(64L * 1024 * 1024, 4 * 1024 * 1024); // an entry: at most what SpillBuffer holds back by default
        public static final Settings OFF = new Settings(0, 0);

        public boolean on() { return maxBytes > 0 && maxEntryBytes > 0; }
    }

    /**
     * What makes two requests the same answer: the data's version, the query as Jena writes it back (so spacing,
     * comments and line ends do not matter; the dataset of FROM / default-graph-uri is part of it), the answer's
     * content type (format and RDF version) and the limits it ran under.
     */
    public record Key(DataVersion dataVersion, String query, String contentType, String limits) {
        long bytes() { return 2L * (dataVersion.fingerprint().length() + query.length() + contentType.length() + limits.length()) + 96; }
    }

    private final Settings settings;
    private final LinkedHashMap<Key, byte[]> answers = new LinkedHashMap<>(64, 0.75f, true); // access order: LRU first
    private long bytes;
    private DataVersion newestVersion;

    public ResultCache(Settings settings) { this.settings = settings; }

    public boolean on() { return settings.on(); }

    /** The kept answer, or null. */
    public synchronized byte[] get(Key key) {
        return on() ? answers.get(key) : null;
    }

    /** Keeps a complete answer if it fits; returns whether it was kept. */
    public synchronized boolean put(Key key, byte[] body) {
        if (!on() || body.length > settings.maxEntryBytes()) return false;
        long size = body.length + key.bytes();
        if (size > settings.maxBytes()) return false;
        if (!key.dataVersion().equals(newestVersion)) { // a publish: the old answers are never asked for again
            answers.clear();
            bytes = 0;
            newestVersion = key.dataVersion();
        }
        byte[] old = answers.remove(key);
        if (old != null) bytes -= old.length + key.bytes();
        var it = answers.entrySet().iterator();
        while (bytes + size > settings.maxBytes() && it.hasNext()) {
            Map.Entry<Key, byte[]> e = it.next();
            bytes -= e.getValue().length + e.getKey().bytes();
            it.remove();
        }
        answers.put(key, body);
        bytes += size;
        return true;
    }

    /** Bytes kept now (answers and keys), at most {@link Settings#maxBytes}. */
    public synchronized long bytes() { return bytes; }

    public synchronized int size() { return answers.size(); }
}
