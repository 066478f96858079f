package org.sessiontracking.bootstrap.scale;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityFacts;
import org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityRuleRepository;
import org.sessiontracking.adapters.persistence.graduation.JooqGraduationPathwayRepository;
import org.sessiontracking.adapters.persistence.graduation.JooqReadinessQuery;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.adapters.persistence.verification.JooqFrozenLists;
import org.sessiontracking.application.eligibility.usecase.SavedRuleEvaluation;
import org.sessiontracking.application.graduation.usecase.ListReadiness;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.bootstrap.rules.CelEligibilityExpressions;

import java.time.Clock;

/** The readiness use case wired on one connection's PostgreSQL adapters, as the application wires it, for the scale benchmarks. */
final class ScaleReadiness {

    private ScaleReadiness() {
    }

    static ListReadiness listReadiness(DSLContext db, JooqGraduationPathwayRepository pathways,
                                       JooqSessionTypeRepository types, CurrentActor actor, Clock clock) {
        return new ListReadiness(new JooqReadinessQuery(db), pathways, types,
                new SavedRuleEvaluation(new JooqEligibilityRuleRepository(db, clock), new JooqEligibilityFacts(db),
                        new CelEligibilityExpressions(), types, new JooqFrozenLists(db), clock), actor);
    }
}
