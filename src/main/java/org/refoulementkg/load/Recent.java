package org.refoulementkg.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most {@code max} entries, dropping the eldest: the recently used ones ({@code byUse}), or the
 * recently added ones. The loader's caches of what it has just read, so that memory does not grow with the data.
 */
final class Recent<K, V> extends LinkedHashMap<K, V> {
    private final int max;

    Recent(int max, boolean byUse) {
        super(2 * max, 0.75f, byUse);
        this.max = max;
    }

    @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > max; }
}
