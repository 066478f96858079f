package org.sessiontracking.domain.graduation;

import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.compliance.CurriculumCompletion;
import org.sessiontracking.domain.sessiontype.Topic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where one registrant stands on one criterion: met or not, a score between 0 and 1, and a line saying
 * why. The score is the part of the criterion achieved, and is 1 exactly when the criterion is met:
 * <ul>
 *   <li>attendance: the rate over the required rate (attended x 100 / (required x counted)), capped at 1;
 *       1 when the type requires 0%, 0 when nothing was counted;</li>
 *   <li>curriculum: covered / active topics;</li>
 *   <li>eligibility rule and staff assessment: 1 when it passes (is assessed met), else 0.</li>
 * </ul>
 */
public record CriterionState(Criterion criterion, boolean met, double score, String detail) {

    public CriterionState {
        Objects.requireNonNull(criterion, "criterion");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("a score is between 0 and 1, got " + score);
        }
        detail = detail == null ? "" : detail;
    }

    /** The compliance engine's verdict: met when Compliant or Not required. */
    public static CriterionState ofCompliance(Criterion criterion, Compliance compliance) {
        double score = switch (compliance.status()) {
            case NOT_REQUIRED, COMPLIANT -> 1;
            case NO_DATA -> 0;
            case NON_COMPLIANT -> Math.min(1, (double) compliance.attended() * 100
                    / ((double) compliance.requiredPercent() * compliance.counted()));
        };
        boolean met = compliance.status() == ComplianceStatus.COMPLIANT
                || compliance.status() == ComplianceStatus.NOT_REQUIRED;
        String detail = compliance.status() == ComplianceStatus.NO_DATA || compliance.status() == ComplianceStatus.NOT_REQUIRED
                ? compliance.status().label()
                : compliance.status().label() + ", " + compliance.rateText() + " (" + compliance.attended() + " of "
                  + compliance.counted() + "; " + compliance.requiredPercent() + "% required)";
        return new CriterionState(criterion, met, score, detail);
    }

    public static CriterionState ofCurriculum(Criterion criterion, CurriculumCompletion completion) {
        double score = completion.activeTopics() == 0 ? 0 : (double) completion.covered().size() / completion.activeTopics();
        String detail = completion.covered().size() + " of " + completion.activeTopics() + " topics"
                + (completion.missing().isEmpty() ? "" : "; missing "
                + completion.missing().stream().map(Topic::name).collect(Collectors.joining(", ")));
        return new CriterionState(criterion, completion.complete(), completion.complete() ? 1 : score, detail);
    }

    public static CriterionState ofRule(Criterion criterion, boolean passes) {
        return new CriterionState(criterion, passes, passes ? 1 : 0, passes ? "Passes the rule" : "Does not pass the rule");
    }

    /** Not assessed yet counts as not met. */
    public static CriterionState ofAssessment(Criterion criterion, Optional<Assessment> assessment) {
        return assessment.map(it -> new CriterionState(criterion, it.met(), it.met() ? 1 : 0,
                        (it.met() ? "Met" : "Not met") + " on " + it.assessedOn()
                        + (it.note().isEmpty() ? "" : ": " + it.note())))
                .orElseGet(() -> new CriterionState(criterion, false, 0, "Not assessed"));
    }

    /** The score as a percentage with one decimal. */
    public BigDecimal scorePercent() {
        return BigDecimal.valueOf(score * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
