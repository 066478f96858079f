package org.sessiontracking.application.graduation;

import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.graduation.CriterionId;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.util.Map;
import java.util.Objects;

/**
 * What the store needs to list a pathway's registrants: the pathway, and for its computed criteria what
 * the application knows and the store does not compute itself: the policy of each attendance
 * criterion's type, the topic-tracking type of each curriculum criterion, and who passes each
 * eligibility rule (rules are CEL, evaluated by the application).
 *
 * <p>The list holds the registrants with a counted record of an attendance or curriculum criterion's
 * type (in the attendance criterion's period), and anyone with an assessment or a graduation on the
 * pathway.
 *
 * @param search a part of the name or external id, ignoring case; empty for all
 */
public record ReadinessRequest(GraduationPathway pathway, Map<CriterionId, CompliancePolicy> policies,
                               Map<CriterionId, SessionType> curricula, Map<CriterionId, RulePassing> rules,
                               ReadinessFilter filter, String search) {

    public ReadinessRequest {
        Objects.requireNonNull(pathway, "pathway");
        policies = Map.copyOf(policies);
        curricula = Map.copyOf(curricula);
        rules = Map.copyOf(rules);
        filter = Objects.requireNonNullElse(filter, ReadinessFilter.ALL);
        search = search == null ? "" : search.strip();
    }

    public ReadinessRequest withFilter(ReadinessFilter value) {
        return new ReadinessRequest(pathway, policies, curricula, rules, value, search);
    }
}
