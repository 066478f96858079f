package org.sessiontracking.adapters.persistence.registrant;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.sessiontracking.adapters.persistence.common.Sorting;
import org.sessiontracking.adapters.persistence.jooq.tables.records.RegistrantRecord;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantFilter.SortProperty;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.resultQuery;
import static org.jooq.impl.DSL.selectOne;
import static org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT;
import static org.sessiontracking.adapters.persistence.registrant.RegistrantMapper.GROUP;

/**
 * Registrants in PostgreSQL, one at a time and by search. Every search condition and sort is
 * backed by an index of V3__registrants.sql; search texts are inlined (escaped) into the SQL so
 * that the planner can use the prefix and trigram indexes, which a bind parameter would hide.
 */
public final class JooqRegistrantRepository implements RegistrantRepository {

    /** Sorts and prefix-matches names by code point, as the index registrant_name_idx does. */
    static final Field<String> NAME_KEY = lower(REGISTRANT.FULL_NAME).collate("C");
    private static final int CHUNK = 5000;

    /** Every sortable property has an index in its order, so a first page never sorts a million rows. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            SortProperty.externalId.name(), REGISTRANT.EXTERNAL_ID,
            SortProperty.fullName.name(), NAME_KEY,
            SortProperty.area.name(), REGISTRANT.AREA,
            SortProperty.birthDate.name(), REGISTRANT.BIRTH_DATE);
    /**
     * A text matching more registrants than this is searched by walking the sort order's index and
     * filtering, rather than by collecting every match through the trigram index and sorting them:
     * for a common name (100,000 matches in a million) that is 2 s against a few milliseconds.
     */
    static final int BROAD_MATCH = 2000;

    private final DSLContext db;
    private final Clock clock;

    public JooqRegistrantRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Registrant> findById(RegistrantId id) {
        return db.selectFrom(REGISTRANT).where(REGISTRANT.ID.eq(id.value())).fetchOptional()
                .map(RegistrantMapper::toDomain);
    }

    @Override
    public Optional<RegistrantSummary> summary(RegistrantId id) {
        return summaries().where(REGISTRANT.ID.eq(id.value())).fetchOptional().map(RegistrantMapper::toSummary);
    }

    @Override
    public void update(Registrant registrant) {
        RegistrantRecord row = db.newRecord(REGISTRANT);
        RegistrantMapper.copyDetails(registrant, row);
        row.setVersion(registrant.version().value() + 1);
        row.setUpdatedAt(OffsetDateTime.now(clock));
        int updated = db.update(REGISTRANT)
                .set(row)
                .where(REGISTRANT.ID.eq(registrant.id().value()))
                .and(REGISTRANT.VERSION.eq(registrant.version().value()))
                .execute();
        if (updated == 0) {
            throw new ConcurrentModificationException("Registrant '" + registrant.externalId()
                    + "' was changed by someone else. Reload it to see their changes, then make yours again.");
        }
    }

    @Override
    public List<RegistrantSummary> search(RegistrantFilter filter, PageRequest page) {
        boolean broad = filter.text().length() >= RegistrantFilter.CONTAINS_FROM
                && countUpTo(filter, BROAD_MATCH) > BROAD_MATCH;
        return summaries().where(matching(filter, broad))
                .orderBy(Sorting.orderBy(page, SORTABLE, List.of(NAME_KEY.asc()), REGISTRANT.ID.asc()))
                .offset(page.offset())
                .limit(page.limit())
                .fetch(RegistrantMapper::toSummary);
    }

    @Override
    public int countUpTo(RegistrantFilter filter, int cap) {
        return db.fetchCount(selectOne().from(REGISTRANT).where(matching(filter)).limit(cap + 1));
    }

    @Override
    public List<RegistrantSummary> list(RegistrantFilter filter) {
        return summaries().where(matching(filter)).orderBy(NAME_KEY.asc(), REGISTRANT.ID.asc())
                .fetch(RegistrantMapper::toSummary);
    }

    /** A loose index scan: one index probe per distinct area instead of reading every row. */
    @Override
    public List<String> areas() {
        return db.fetch(resultQuery("""
                with recursive areas(area) as (
                    (select area from registrant where area > '' order by area limit 1)
                    union all
                    select (select r.area from registrant r where r.area > areas.area order by r.area limit 1)
                    from areas where areas.area is not null
                )
                select area from areas where area is not null""")).getValues(0, String.class);
    }

    @Override
    public List<RegistrantSummary> findByExternalIds(Collection<String> externalIds) {
        List<RegistrantSummary> found = new ArrayList<>();
        for (List<String> chunk : chunks(externalIds)) {
            found.addAll(summaries().where(REGISTRANT.EXTERNAL_ID.in(chunk)).fetch(RegistrantMapper::toSummary));
        }
        found.sort(Comparator.comparing(RegistrantSummary::externalId));
        return found;
    }

    @Override
    public int countMembers(RegistrantId groupId) {
        return db.fetchCount(REGISTRANT, REGISTRANT.GROUP_ID.eq(groupId.value()));
    }

    private SelectOnConditionStep<Record> summaries() {
        return db.select(REGISTRANT.fields()).select(GROUP.ID, GROUP.EXTERNAL_ID, GROUP.FULL_NAME)
                .from(REGISTRANT)
                .leftJoin(GROUP).on(GROUP.ID.eq(REGISTRANT.GROUP_ID));
    }

    static Condition matching(RegistrantFilter filter) {
        return matching(filter, false);
    }

    /** @param filterOnly hide the text condition from the text indexes (see {@link #BROAD_MATCH}) */
    static Condition matching(RegistrantFilter filter, boolean filterOnly) {
        Condition condition = noCondition();
        if (!filter.text().isEmpty()) {
            String text = filter.text().toLowerCase(Locale.ROOT);
            String escaped = escapeLike(text);
            Field<String> fullName = filterOnly ? REGISTRANT.FULL_NAME.concat(inline("")) : REGISTRANT.FULL_NAME;
            Field<String> externalId = filterOnly ? REGISTRANT.EXTERNAL_ID.concat(inline("")) : REGISTRANT.EXTERNAL_ID;
            Condition name = text.length() >= RegistrantFilter.CONTAINS_FROM
                    ? fullName.likeIgnoreCase(inline("%" + escaped + "%"), '!')
                    : NAME_KEY.like(inline(escaped + "%"), '!');
            condition = lower(externalId).like(inline(escaped + "%"), '!').or(name);
        }
        if (filter.area().isPresent()) {
            condition = condition.and(REGISTRANT.AREA.eq(filter.area().get()));
        }
        if (filter.groupId().isPresent()) {
            condition = condition.and(REGISTRANT.GROUP_ID.eq(filter.groupId().get().value()));
        }
        if (filter.kind().isPresent()) {
            condition = condition.and(REGISTRANT.KIND.eq(filter.kind().get().name()));
        }
        if (filter.activeOnly()) {
            condition = condition.and(REGISTRANT.ACTIVE);
        }
        return condition;
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
