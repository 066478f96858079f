package org.sessiontracking.adapters.persistence.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table of the {@link MemoryStore}: rows by key, in insertion order. Each write logs its undo with
 * the store. The rows are immutable values or copies: a port hands out copies of mutable aggregates.
 */
final class MemoryTable<K, V> {

    private final MemoryStore store;
    private final Map<K, V> rows = new LinkedHashMap<>();

    MemoryTable(MemoryStore store) {
        this.store = store;
    }

    Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    boolean contains(K key) {
        return rows.containsKey(key);
    }

    List<V> all() {
        return new ArrayList<>(rows.values());
    }

    void put(K key, V value) {
        store.requireUnitOfWork();
        V old = rows.put(key, value);
        store.onUndo(() -> restore(key, old));
    }

    void remove(K key) {
        store.requireUnitOfWork();
        if (rows.containsKey(key)) {
            V old = rows.remove(key);
            store.onUndo(() -> restore(key, old));
        }
    }

    private void restore(K key, V old) {
        if (old == null) {
            rows.remove(key);
        } else {
            rows.put(key, old);
        }
    }
}
