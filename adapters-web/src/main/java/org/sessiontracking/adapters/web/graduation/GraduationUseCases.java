package org.sessiontracking.adapters.web.graduation;

import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.graduation.port.in.GraduateUseCase;
import org.sessiontracking.application.graduation.port.in.GraduationHistoryUseCase;
import org.sessiontracking.application.graduation.port.in.GraduationReadinessUseCase;
import org.sessiontracking.application.graduation.port.in.ManageGraduationPathwaysUseCase;
import org.sessiontracking.application.graduation.port.in.RecordAssessmentUseCase;
import org.sessiontracking.application.graduation.port.in.RevokeGraduationUseCase;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;

import java.time.Clock;

/** The in-ports the graduation screen calls, gathered so that the view takes one constructor argument. */
public record GraduationUseCases(ManageGraduationPathwaysUseCase pathways, GraduationReadinessUseCase readiness,
                                 RecordAssessmentUseCase assess, GraduateUseCase graduate,
                                 RevokeGraduationUseCase revoke, GraduationHistoryUseCase history,
                                 ListSessionTypesUseCase types, ManageEligibilityRulesUseCase rules,
                                 CurrentUserUseCase currentUser, Clock clock) {
}
