package org.sessiontracking.application.graduation.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.eligibility.usecase.SavedRuleEvaluation;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.ReadinessRequest;
import org.sessiontracking.application.graduation.RulePassing;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionId;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds what the store needs to list a pathway: each attendance criterion's policy (the type's required
 * attendance and excused policy, as the compliance engine reads them), each curriculum criterion's type,
 * and who passes each eligibility rule (evaluated for every active registrant).
 */
final class ReadinessRequests {

    private final GraduationPathwayRepository pathways;
    private final SessionTypeRepository types;
    private final SavedRuleEvaluation rules;

    ReadinessRequests(GraduationPathwayRepository pathways, SessionTypeRepository types, SavedRuleEvaluation rules) {
        this.pathways = pathways;
        this.types = types;
        this.rules = rules;
    }

    GraduationPathway pathway(GraduationPathwayId id) {
        return pathways.findById(id).orElseThrow(() -> new NotFoundException("The graduation pathway no longer exists"));
    }

    ReadinessRequest of(GraduationPathwayId id, ReadinessFilter filter, String search) {
        GraduationPathway pathway = pathway(id);
        Map<CriterionId, CompliancePolicy> policies = new HashMap<>();
        Map<CriterionId, SessionType> curricula = new HashMap<>();
        Map<CriterionId, RulePassing> passing = new HashMap<>();
        for (Criterion criterion : pathway.criteria()) {
            switch (criterion.kind()) {
                case CriterionKind.AttendanceCompliance attendance ->
                        policies.put(criterion.id(), CompliancePolicy.of(type(attendance.type())));
                case CriterionKind.CurriculumCompleted curriculum -> curricula.put(criterion.id(), type(curriculum.type()));
                case CriterionKind.RulePasses rule -> passing.put(criterion.id(), new RulePassing(rules.passing(rule.rule())));
                case CriterionKind.StaffAssessed assessed -> {
                }
            }
        }
        return new ReadinessRequest(pathway, policies, curricula, passing, filter, search);
    }

    private SessionType type(SessionTypeId id) {
        return types.findById(id).orElseThrow(() -> new NotFoundException("A criterion's session type no longer exists"));
    }
}
