package org.sessiontracking.adapters.web.api;

import org.sessiontracking.application.common.PageRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code offset}, {@code limit} and {@code sort} as the grids send them to the use cases:
 * {@code sort=date,desc&sort=title} with the properties the list allows.
 */
record Paging(int offset, int limit, List<PageRequest.SortOrder> sort) {

    static final int DEFAULT_LIMIT = 50;

    static <E extends Enum<E>> Paging of(Integer offset, Integer limit, List<String> sort, Class<E> properties) {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (from < 0) {
            throw new BadRequestException("offset", "offset must not be negative, got " + from);
        }
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw new BadRequestException("limit", "limit must be between 1 and " + PageRequest.MAX_LIMIT + ", got " + size);
        }
        // "sort=date,desc&sort=title": Spring hands a single value over split at its commas, so a
        // direction is the word after its property, whichever way it came
        List<PageRequest.SortOrder> orders = new ArrayList<>();
        for (String part : sort == null ? List.<String>of() : sort.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).toList()) {
            String word = part.toLowerCase(Locale.ROOT);
            if (word.equals("asc") || word.equals("desc")) {
                if (orders.isEmpty()) {
                    throw new BadRequestException("sort", "Name the property before its direction, e.g. sort=date,desc");
                }
                PageRequest.SortOrder last = orders.removeLast();
                orders.add(new PageRequest.SortOrder(last.property(), word.equals("asc")));
            } else if (Arrays.stream(properties.getEnumConstants()).anyMatch(allowed -> allowed.name().equals(part))) {
                orders.add(new PageRequest.SortOrder(part, true));
            } else {
                throw new BadRequestException("sort", "Cannot sort by '" + part + "'; choose one of "
                        + Arrays.toString(properties.getEnumConstants()));
            }
        }
        return new Paging(from, size, orders);
    }

    PageRequest request() {
        return new PageRequest(offset, limit, sort);
    }

    /** Reads an enum parameter by its name, ignoring case, or names the parameter and the values it takes. */
    static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException(field, "'" + value + "' is not a valid " + field + "; use one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
