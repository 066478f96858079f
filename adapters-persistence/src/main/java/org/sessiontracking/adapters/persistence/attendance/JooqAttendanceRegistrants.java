package org.sessiontracking.adapters.persistence.attendance;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.SelectOnConditionStep;
import org.sessiontracking.adapters.persistence.jooq.tables.Registrant;
import org.sessiontracking.application.attendance.RegistrantQuery;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectDistinct;
import static org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT;

/** Reads registrants for attendance straight from the registrant table (owned by the registrants feature). */
public final class JooqAttendanceRegistrants implements AttendanceRegistrants {

    private static final Registrant GROUP = REGISTRANT.as("grp");

    private final DSLContext db;

    public JooqAttendanceRegistrants(DSLContext db) {
        this.db = db;
    }

    private SelectOnConditionStep<Record5<Long, String, String, String, String>> summaries() {
        return db.select(REGISTRANT.ID, REGISTRANT.EXTERNAL_ID, REGISTRANT.FULL_NAME, REGISTRANT.AREA,
                        coalesce(GROUP.FULL_NAME, "").as("group_name"))
                .from(REGISTRANT)
                .leftJoin(GROUP).on(GROUP.ID.eq(REGISTRANT.GROUP_ID));
    }

    private static RegistrantSummary toSummary(Record row) {
        return new RegistrantSummary(new RegistrantId(row.get(REGISTRANT.ID)), row.get(REGISTRANT.EXTERNAL_ID),
                row.get(REGISTRANT.FULL_NAME), row.get("group_name", String.class), row.get(REGISTRANT.AREA));
    }

    @Override
    public List<RegistrantSummary> search(RegistrantQuery query, PageRequest page) {
        return summaries().where(matching(query))
                .orderBy(lower(REGISTRANT.FULL_NAME), REGISTRANT.EXTERNAL_ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(JooqAttendanceRegistrants::toSummary);
    }

    @Override
    public int count(RegistrantQuery query) {
        return db.fetchCount(REGISTRANT, matching(query));
    }

    private static Condition matching(RegistrantQuery query) {
        Condition text = query.text().isEmpty() ? noCondition()
                : REGISTRANT.FULL_NAME.containsIgnoreCase(query.text())
                .or(REGISTRANT.EXTERNAL_ID.containsIgnoreCase(query.text()));
        return condition(REGISTRANT.ACTIVE).and(text).and(query.groupsOnly() ? REGISTRANT.KIND.eq("GROUP") : noCondition());
    }

    @Override
    public List<RegistrantSummary> membersOf(RegistrantId group) {
        return summaries().where(REGISTRANT.ACTIVE).and(REGISTRANT.GROUP_ID.eq(group.value()))
                .orderBy(lower(REGISTRANT.FULL_NAME), REGISTRANT.EXTERNAL_ID)
                .fetch(JooqAttendanceRegistrants::toSummary);
    }

    @Override
    public List<RegistrantSummary> inArea(String area) {
        return summaries().where(REGISTRANT.ACTIVE).and(REGISTRANT.KIND.eq("INDIVIDUAL"))
                .and(lower(REGISTRANT.AREA).eq(lower(area.strip())))
                .orderBy(lower(REGISTRANT.FULL_NAME), REGISTRANT.EXTERNAL_ID)
                .fetch(JooqAttendanceRegistrants::toSummary);
    }

    @Override
    public List<String> areas() {
        return db.fetch(selectDistinct(REGISTRANT.AREA).from(REGISTRANT).where(REGISTRANT.AREA.ne(""))
                .orderBy(REGISTRANT.AREA)).map(row -> row.value1());
    }

    @Override
    public Map<RegistrantId, RegistrantSummary> byIds(Collection<RegistrantId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return summaries().where(REGISTRANT.ID.in(ids.stream().map(RegistrantId::value).collect(Collectors.toSet())))
                .fetch(JooqAttendanceRegistrants::toSummary).stream()
                .collect(Collectors.toMap(RegistrantSummary::id, Function.identity()));
    }

    @Override
    public Map<String, RegistrantSummary> byExternalIds(Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        return summaries().where(REGISTRANT.EXTERNAL_ID.in(new HashSet<>(externalIds)))
                .fetch(JooqAttendanceRegistrants::toSummary).stream()
                .collect(Collectors.toMap(RegistrantSummary::externalId, Function.identity()));
    }
}
