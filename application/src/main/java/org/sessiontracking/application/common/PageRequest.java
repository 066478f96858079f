package org.sessiontracking.application.common;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list: rows {@code offset} to {@code offset + limit - 1}, in the given order.
 * Sort properties are names the adapters allow-list; an unknown one is refused there.
 */
public record PageRequest(int offset, int limit, List<SortOrder> sort) {

    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        sort = List.copyOf(Objects.requireNonNull(sort, "sort"));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, List.of());
    }

    public record SortOrder(String property, boolean ascending) {
        public SortOrder {
            Objects.requireNonNull(property, "property");
        }
    }
}
