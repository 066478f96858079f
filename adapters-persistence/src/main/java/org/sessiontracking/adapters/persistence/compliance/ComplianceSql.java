package org.sessiontracking.adapters.persistence.compliance;

import org.sessiontracking.domain.compliance.CompliancePolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * The compliance rule in SQL, for many registrants in one set-based query. The counts come from one
 * aggregate over the attendance of the type's non-cancelled sessions in the period (served by the
 * attendance primary key and session_type_date_idx); attended and counted follow the excused policy
 * (inlined: it is an enum, never user text); the status compares attended * 100 with required * counted
 * in bigint, exactly as {@link org.sessiontracking.domain.compliance.Compliance#status} does, with the
 * same precedence (Not required, then No data).
 */
final class ComplianceSql {

    private ComplianceSql() {
    }

    /** {@code counts(registrant_id, p, a, e)}; binds: type, from, to. */
    static final String COUNTS = counts("");

    /**
     * {@link #COUNTS} narrowed by a further condition on the attendance ({@code a}) or session
     * ({@code s}), e.g. to some registrants; binds: type, from, to, then the condition's.
     */
    static String counts(String condition) {
        return """
                select a.registrant_id,
                       count(*) filter (where a.status = 'PRESENT') as p,
                       count(*) filter (where a.status = 'ABSENT') as a,
                       count(*) filter (where a.status = 'EXCUSED') as e
                  from attendance a
                  join session s on s.id = a.session_id
                 where s.session_type_id = ? and s.session_date between ? and ? and s.status <> 'CANCELLED'                """ + condition + "\n group by a.registrant_id";
    }

    static String attended(CompliancePolicy policy, String alias) {
        return switch (policy.excusedPolicy()) {
            case LEFT_OUT, COUNTS_AS_ABSENT -> alias + ".p";
            case COUNTS_AS_PRESENT -> "(" + alias + ".p + " + alias + ".e)";
        };
    }

    static String counted(CompliancePolicy policy, String alias) {
        return switch (policy.excusedPolicy()) {
            case LEFT_OUT -> "(" + alias + ".p + " + alias + ".a)";
            case COUNTS_AS_PRESENT, COUNTS_AS_ABSENT -> "(" + alias + ".p + " + alias + ".a + " + alias + ".e)";
        };
    }

    /**
     * {@code judged(registrant_id, p, a, e, attended, counted, status)}: a complete {@code with} clause;
     * binds: type, from, to.
     */
    static String judged(CompliancePolicy policy) {
        return "with " + judgedClauses(policy);
    }

    /** {@link #judged} without its {@code with}, to be joined with other clauses; binds: type, from, to. */
    static String judgedClauses(CompliancePolicy policy) {
        return judgedClauses(policy, "");
    }

    /** {@link #judgedClauses(CompliancePolicy)} with {@link #counts(String) counts narrowed} by a condition. */
    static String judgedClauses(CompliancePolicy policy, String condition) {
        int required = policy.requiredPercent();
        return "counts as (" + counts(condition) + "),\n"
                + "judged as (select c.registrant_id, c.p, c.a, c.e, " + attended(policy, "c") + " as attended, "
                + counted(policy, "c") + " as counted, "
                + "case when " + required + " = 0 then 'NOT_REQUIRED' "
                + "when " + counted(policy, "c") + " = 0 then 'NO_DATA' "
                + "when " + attended(policy, "c") + " * 100 >= " + required + "::bigint * " + counted(policy, "c")
                + " then 'COMPLIANT' else 'NON_COMPLIANT' end as status from counts c)\n";
    }

    /** Collects a statement's text and its bind values in order. */
    static final class Statement {
        final StringBuilder sql = new StringBuilder();
        final List<Object> binds = new ArrayList<>();

        Statement append(String text, Object... values) {
            sql.append(text);
            binds.addAll(List.of(values));
            return this;
        }

        Object[] bindArray() {
            return binds.toArray();
        }

        @Override
        public String toString() {
            return sql.toString();
        }
    }
}
