package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.ArrayList;
import java.util.List;

/**
 * How the persistence adapter's queries name the compliance rule, which is defined once in SQL, in
 * {@code R__compliance.sql} (the same rule as {@link org.sessiontracking.domain.compliance.Compliance}):
 * the records that count are the view {@code counted_attendance}; a period's counts per registrant
 * come from {@code compliance_counts}, judged under a policy by {@code compliance_judged}. No query
 * of the adapter writes the rule again.
 */
public final class ComplianceSql {

    /** The view of the records that count: registrant_id, session_id, session_type_id, session_date, topic_id, status. */
    public static final String COUNTED_ATTENDANCE = "counted_attendance";

    /**
     * {@code (registrant_id, topics)}: every registrant with a counted record of the type (ever) and the
     * distinct topics they covered (Present at a counted record), active or retired; binds: the type's id.
     */
    public static final String CURRICULUM_COVERED = "curriculum_covered(?)";

    /** {@code (registrant_id, p, a, e)} of one type and period; binds: {@link #countsBinds}. */
    public static final String COUNTS = "compliance_counts(?, ?, ?)";

    /**
     * {@code (registrant_id, p, a, e, attended, counted, status, rate)} of one type and period under a
     * policy; binds: {@link #judgedBinds}.
     */
    public static final String JUDGED = "compliance_judged(?, ?, ?, ?, ?)";

    /** {@link #JUDGED} for every registrant of the type at once (each looked up once); binds: {@link #judgedBinds}. */
    public static final String JUDGED_ALL = "compliance_judged_all(?, ?, ?, ?, ?)";

    /**
     * {@link #JUDGED_ALL} of a type with enrolments, every enrolled registrant included, with a last column
     * {@code missing} (their missing records, counted by the missing-record policy); binds: {@link #enrolledBinds}.
     */
    public static final String JUDGED_ENROLLED = "compliance_judged_enrolled(?, ?, ?, ?, ?, ?)";

    /**
     * {@code (registrant_id, area, raw_area, day_from, day_to)}: the active registrants the type's enrolments
     * expect on some day of the period, a row per registrant and enrolment. With the registrants who have a
     * counted record in the period, they are who {@link #JUDGED_ENROLLED} lists; binds: {@link #countsBinds}.
     */
    public static final String ENROLLED = "compliance_enrolled(?, ?, ?)";

    /**
     * {@code (registrant_id, missing)}: a type's enrolled registrants and their missing records in a period
     * (only for a type with enrolments, {@link #hasEnrolments}); binds: {@link #countsBinds}.
     */
    public static final String MISSING = "compliance_missing_all(?, ?, ?)";

    /** {@code (registrant_id, counts)}: P, A and E packed, 0 when nothing counted; binds: {@link #countsBinds}. */
    public static final String PACKED_COUNTS = "compliance_packed_counts(?, ?, ?)";

    /**
     * A type's {@code compliance_summary} rows, aliased {@code s} (bind: the type's id): one row per registrant
     * with a counted record of the type, read once by a statement that needs several of its figures (the
     * counts of several periods, the topics covered) through {@link #PACKED_IN} and {@link #COVERED_IN}.
     */
    public static final String SUMMARY_OF_TYPE = "compliance_summary s where s.session_type_id = ?";

    /** The packed counts of the summary row {@code s} in a period, 0 when nothing counted; binds: from, to. */
    public static final String PACKED_IN = "compliance_packed_in(s.days, s.totals, ?, ?)";

    /** The topics the summary row {@code s} covered, null without a counted record of its type (ever). */
    public static final String COVERED_IN = "compliance_covered_in(s.days, s.covered_topics)";

    /**
     * {@code (counts, p, a, e, attended, counted, status, registrants)}: the distinct counts judged, with how
     * many registrants have them; binds: {@link #judgedBinds}.
     */
    public static final String COUNT_GROUPS = "compliance_count_groups(?, ?, ?, ?, ?)";

    /** {@code (registrant_id, remaining)}: every registrant's sessions still to be held; binds: {@link #countsBinds}. */
    public static final String REMAINING_ALL = "compliance_remaining_all(?, ?, ?)";

    /** One registrant's ({@code j.registrant_id}, of area {@code r.area}) remaining sessions; binds: type, from, to. */
    public static final String REMAINING = "compliance_remaining(?, ?, ?, j.registrant_id, r.area)";

    /** The early warning's outlook ('CANNOT_REACH', 'AT_RISK' or null) of (attended, counted, remaining, required). */
    public static final String OUTLOOK = "compliance_outlook";

    /** The run of absences at a period's end, of a summary row's (days, totals, from, to, excused policy). */
    public static final String ABSENCE_RUN = "compliance_absence_run";

    /**
     * {@code (registrant_id, missing)}: a type's enrolled registrants with missing records after the last
     * day they attended in the period, the part of their run of absences that missing records make when
     * they count as Absent; binds: type, from, to, excused policy.
     */
    public static final String MISSING_RUN = "compliance_missing_run(?, ?, ?, ?)";

    private ComplianceSql() {
    }

    public static Object[] countsBinds(SessionTypeId type, Period period) {
        return new Object[]{type.value(), period.from(), period.to()};
    }

    public static Object[] judgedBinds(SessionTypeId type, Period period, CompliancePolicy policy) {
        return new Object[]{type.value(), period.from(), period.to(), policy.requiredPercent(),
                policy.excusedPolicy().name()};
    }

    /**
     * Packed counts judged under a policy, laterally: {@code (p, a, e, attended, counted, status, rate)};
     * binds: {@link #judgeBinds}.
     */
    public static String judge(String packedCounts) {
        return "compliance_judge(" + packedCounts + ", ?, ?)";
    }

    public static Object[] judgeBinds(CompliancePolicy policy) {
        return new Object[]{policy.requiredPercent(), policy.excusedPolicy().name()};
    }

    public static Object[] enrolledBinds(SessionTypeId type, Period period, CompliancePolicy policy) {
        return new Object[]{type.value(), period.from(), period.to(), policy.requiredPercent(),
                policy.excusedPolicy().name(), policy.missingRecordPolicy().name()};
    }

    /** Whether the type has enrolments, and so expects registrants who may have no record at all (V18). */
    public static boolean hasEnrolments(DSLContext db, SessionTypeId type) {
        return db.fetchExists(db.selectOne().from("enrolment").where("session_type_id = ?", type.value()));
    }

    /**
     * The judged rows of a type's whole list for a period: {@link #JUDGED_ENROLLED} when the type has
     * enrolments (every enrolled registrant too, with their missing records), else {@link #JUDGED_ALL}. Every
     * whole list of a type (the grid, a frozen list, households) takes its rows from here, so that all of them
     * count missing records alike.
     */
    public static JudgedList judgedList(DSLContext db, SessionTypeId type, Period period, CompliancePolicy policy) {
        return hasEnrolments(db, type) ? new JudgedList(JUDGED_ENROLLED, enrolledBinds(type, period, policy), true)
                : new JudgedList(JUDGED_ALL, judgedBinds(type, period, policy), false);
    }

    /**
     * A function of judged rows with its bind values.
     *
     * @param enrolled whether its rows carry a {@code missing} column (the type has enrolments)
     */
    public record JudgedList(String function, Object[] binds, boolean enrolled) {

        /** The missing records of the row aliased {@code alias}: 0 for a type without enrolments. */
        public String missing(String alias) {
            return enrolled ? alias + ".missing" : "0";
        }
    }

    /** Collects a statement's text and its bind values in order. */
    public static final class Statement {
        final StringBuilder sql = new StringBuilder();
        final List<Object> binds = new ArrayList<>();

        public Statement append(String text, Object... values) {
            sql.append(text);
            binds.addAll(List.of(values));
            return this;
        }

        public Statement binds(Object... values) {
            binds.addAll(List.of(values));
            return this;
        }

        public Object[] bindArray() {
            return binds.toArray();
        }

        @Override
        public String toString() {
            return sql.toString();
        }
    }
}
