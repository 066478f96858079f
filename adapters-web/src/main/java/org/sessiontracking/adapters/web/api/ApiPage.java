package org.sessiontracking.adapters.web.api;

import java.util.List;

/**
 * One page of a list, as the grids page: {@code items} from {@code offset}, at most {@code limit} of
 * them, out of {@code total}.
 *
 * @param totalExact false when the total is a cap ("more than 10,000" on the Registrants grid)
 */
public record ApiPage<T>(List<T> items, int offset, int limit, int total, boolean totalExact) {

    static <T> ApiPage<T> of(List<T> items, Paging paging, int total) {
        return new ApiPage<>(items, paging.offset(), paging.limit(), total, true);
    }
}
