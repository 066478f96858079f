package org.sessiontracking.adapters.persistence.graduation;

import org.jooq.Record;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionId;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;

/** Maps a criterion's kind to the columns of {@code graduation_criterion} and back. */
final class CriterionRows {

    private CriterionRows() {
    }

    static String kind(CriterionKind kind) {
        return switch (kind) {
            case CriterionKind.AttendanceCompliance a -> "ATTENDANCE";
            case CriterionKind.CurriculumCompleted c -> "CURRICULUM";
            case CriterionKind.RulePasses r -> "RULE";
            case CriterionKind.StaffAssessed s -> "ASSESSED";
        };
    }

    static Long type(CriterionKind kind) {
        return switch (kind) {
            case CriterionKind.AttendanceCompliance a -> a.type().value();
            case CriterionKind.CurriculumCompleted c -> c.type().value();
            default -> null;
        };
    }

    static LocalDate from(CriterionKind kind) {
        return kind instanceof CriterionKind.AttendanceCompliance a ? a.from() : null;
    }

    static LocalDate to(CriterionKind kind) {
        return kind instanceof CriterionKind.AttendanceCompliance a ? a.to() : null;
    }

    static Long rule(CriterionKind kind) {
        return kind instanceof CriterionKind.RulePasses r ? r.rule().value() : null;
    }

    /** Columns: id, label, kind, session_type_id, period_from, period_to, rule_id, weight, required. */
    static Criterion criterion(Record record) {
        String kind = record.get("kind", String.class);
        Long type = record.get("session_type_id", Long.class);
        CriterionKind parsed = switch (kind) {
            case "ATTENDANCE" -> new CriterionKind.AttendanceCompliance(new SessionTypeId(type),
                    record.get("period_from", LocalDate.class), record.get("period_to", LocalDate.class));
            case "CURRICULUM" -> new CriterionKind.CurriculumCompleted(new SessionTypeId(type));
            case "RULE" -> new CriterionKind.RulePasses(new EligibilityRuleId(record.get("rule_id", Long.class)));
            case "ASSESSED" -> new CriterionKind.StaffAssessed();
            default -> throw new IllegalStateException("unknown criterion kind " + kind);
        };
        return new Criterion(new CriterionId(record.get("id", Long.class)), record.get("label", String.class), parsed,
                record.get("weight", Integer.class), record.get("required", Boolean.class));
    }
}
