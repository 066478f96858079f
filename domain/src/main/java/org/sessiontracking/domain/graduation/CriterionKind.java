package org.sessiontracking.domain.graduation;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a graduation criterion is judged on: three are computed from the data (the compliance engine's
 * status for a type over a period, the curriculum completion of a topic-tracking type, a saved
 * eligibility rule), one is assessed by staff per registrant.
 */
public sealed interface CriterionKind {

    /** A short name of the kind, as screens and the graduation record show it. */
    String label();

    /** Met when the registrant's compliance with the type over [from, to] is Compliant (or Not required). */
    record AttendanceCompliance(SessionTypeId type, LocalDate from, LocalDate to) implements CriterionKind {
        public AttendanceCompliance {
            Objects.requireNonNull(type, "type");
            if (from == null || to == null) {
                throw new InvalidValueException("period", "An attendance criterion needs a period (from and to)");
            }
            if (to.isBefore(from)) {
                throw new InvalidValueException("period", "The period ends (" + to + ") before it starts (" + from + ")");
            }
        }

        @Override
        public String label() {
            return "Attendance";
        }
    }

    /** Met when every active topic of the type is covered (the registrant was Present at a session on it). */
    record CurriculumCompleted(SessionTypeId type) implements CriterionKind {
        public CurriculumCompleted {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String label() {
            return "Curriculum";
        }
    }

    /** Met when the saved eligibility rule (CEL) passes for the registrant. */
    record RulePasses(EligibilityRuleId rule) implements CriterionKind {
        public RulePasses {
            Objects.requireNonNull(rule, "rule");
        }

        @Override
        public String label() {
            return "Eligibility rule";
        }
    }

    /** Met when staff recorded it as met for the registrant. */
    record StaffAssessed() implements CriterionKind {
        @Override
        public String label() {
            return "Assessed by staff";
        }
    }

    default boolean computed() {
        return !(this instanceof StaffAssessed);
    }
}
