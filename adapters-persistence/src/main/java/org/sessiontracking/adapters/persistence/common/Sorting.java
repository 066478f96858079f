package org.sessiontracking.adapters.persistence.common;

import org.jooq.Field;
import org.jooq.SortField;
import org.sessiontracking.application.common.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a page's sort orders into SQL, accepting only allow-listed properties. */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param allowed  the sortable properties and the SQL expression each one sorts by
     * @param tieBreak appended last so that paging is stable (usually the primary key)
     */
    public static List<SortField<?>> orderBy(PageRequest page, Map<String, Field<?>> allowed,
                                             List<SortField<?>> defaults, SortField<?> tieBreak) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageRequest.SortOrder sort : page.sort()) {
            Field<?> field = allowed.get(sort.property());
            if (field == null) {
                throw new IllegalArgumentException("cannot sort by '" + sort.property() + "'; allowed: "
                        + allowed.keySet());
            }
            order.add(sort.ascending() ? field.asc() : field.desc());
        }
        if (order.isEmpty()) {
            order.addAll(defaults);
        }
        order.add(tieBreak);
        return order;
    }
}
