package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase;
import org.sessiontracking.application.verification.port.in.DecideLateCorrectionUseCase;
import org.sessiontracking.application.verification.port.in.DefineVerificationPeriodsUseCase;
import org.sessiontracking.application.verification.port.in.FrozenListUseCase;
import org.sessiontracking.application.verification.port.in.ListVerificationPeriodsUseCase;
import org.sessiontracking.application.verification.port.in.ReopenVerificationPeriodUseCase;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.application.verification.usecase.CloseVerificationPeriod;
import org.sessiontracking.application.verification.usecase.DecideLateCorrection;
import org.sessiontracking.application.verification.usecase.DefineVerificationPeriods;
import org.sessiontracking.application.verification.usecase.ListVerificationPeriods;
import org.sessiontracking.application.verification.usecase.ReadFrozenList;
import org.sessiontracking.application.verification.usecase.ReopenVerificationPeriod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Verification periods: defining, closing (freezing), reopening, late corrections and frozen lists. */
@Configuration(proxyBeanMethods = false)
public class VerificationWiring {

    @Bean
    DefineVerificationPeriodsUseCase defineVerificationPeriodsUseCase(UseCaseTransactions tx,
                                                                      VerificationPeriodRepository periods,
                                                                      SessionTypeRepository types, CurrentActor actor) {
        return tx.transactional(DefineVerificationPeriodsUseCase.class,
                new DefineVerificationPeriods(periods, types, actor));
    }

    @Bean
    ListVerificationPeriodsUseCase listVerificationPeriodsUseCase(UseCaseTransactions tx,
                                                                  VerificationPeriodRepository periods,
                                                                  LateCorrectionRepository corrections,
                                                                  CurrentActor actor, Clock clock) {
        return tx.transactional(ListVerificationPeriodsUseCase.class,
                new ListVerificationPeriods(periods, corrections, actor, clock));
    }

    @Bean
    CloseVerificationPeriodUseCase closeVerificationPeriodUseCase(UseCaseTransactions tx,
                                                                  VerificationPeriodRepository periods,
                                                                  LateCorrectionRepository corrections,
                                                                  FrozenComplianceLists frozen,
                                                                  SessionTypeRepository types, CurrentActor actor,
                                                                  Clock clock) {
        return tx.transactional(CloseVerificationPeriodUseCase.class,
                new CloseVerificationPeriod(periods, corrections, frozen, types, actor, clock));
    }

    @Bean
    ReopenVerificationPeriodUseCase reopenVerificationPeriodUseCase(UseCaseTransactions tx,
                                                                    VerificationPeriodRepository periods,
                                                                    CurrentActor actor, Clock clock) {
        return tx.transactional(ReopenVerificationPeriodUseCase.class, new ReopenVerificationPeriod(periods, actor, clock));
    }

    @Bean
    DecideLateCorrectionUseCase decideLateCorrectionUseCase(UseCaseTransactions tx,
                                                            LateCorrectionRepository corrections,
                                                            VerificationPeriodRepository periods,
                                                            AttendanceRepository attendance,
                                                            AttendanceSessions sessions, CurrentActor actor,
                                                            Clock clock) {
        return tx.transactional(DecideLateCorrectionUseCase.class,
                new DecideLateCorrection(corrections, periods, attendance, sessions, actor, clock));
    }

    @Bean
    FrozenListUseCase frozenListUseCase(UseCaseTransactions tx, FrozenComplianceLists frozen,
                                        VerificationPeriodRepository periods, ComplianceQuery live,
                                        SessionTypeRepository types, CurrentActor actor) {
        return tx.transactional(FrozenListUseCase.class, new ReadFrozenList(frozen, periods, live, types, actor));
    }
}
