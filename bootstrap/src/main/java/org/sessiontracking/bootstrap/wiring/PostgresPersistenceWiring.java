package org.sessiontracking.bootstrap.wiring;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.enrolment.JooqEnrolmentRepository;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.adapters.persistence.attendance.JooqAttendanceRegistrants;
import org.sessiontracking.adapters.persistence.attendance.JooqAttendanceRepository;
import org.sessiontracking.adapters.persistence.attendance.JooqAttendanceSessions;
import org.sessiontracking.adapters.persistence.attendance.JooqAttendanceUserNames;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceFlagRepository;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceQuery;
import org.sessiontracking.adapters.persistence.compliance.JooqHouseholdComplianceQuery;
import org.sessiontracking.adapters.persistence.apitoken.JooqApiTokenRepository;
import org.sessiontracking.adapters.persistence.attendance.JooqAttendanceSyncMarks;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.adapters.persistence.demo.DemoData;
import org.sessiontracking.adapters.persistence.demo.DemoDataLoader;
import org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityFacts;
import org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityRuleRepository;
import org.sessiontracking.adapters.persistence.exemption.JooqExemptionRepository;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.adapters.persistence.registrant.JooqRegistrantImportStore;
import org.sessiontracking.adapters.persistence.registrant.JooqRegistrantRepository;
import org.sessiontracking.adapters.persistence.session.JooqSessionAttendanceCount;
import org.sessiontracking.adapters.persistence.session.JooqSessionRepository;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.adapters.persistence.user.JooqUserRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.port.out.HouseholdComplianceQuery;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.sessiontracking.adapters.persistence.verification.JooqFrozenLists;
import org.sessiontracking.adapters.persistence.verification.JooqLateCorrections;
import org.sessiontracking.adapters.persistence.verification.JooqVerificationPeriods;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The default persistence adapter ({@code sessiontracking.persistence=postgres}): the jOOQ adapters of
 * every storage out-port on PostgreSQL (embedded, or the configured server; Flyway migrates it), and
 * each use case one database transaction.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PersistenceChoice.PROPERTY, havingValue = PersistenceChoice.POSTGRES, matchIfMissing = true)
public class PostgresPersistenceWiring {

    @Bean
    UseCaseTransactions useCaseTransactions(PlatformTransactionManager transactionManager) {
        return new UseCaseTransactions(transactionManager);
    }

    @Bean
    DemoData.Loader demoData(DSLContext db, Clock clock) {
        return new DemoDataLoader(db, clock);
    }

    @Bean
    SessionTypeRepository sessionTypeRepository(DSLContext db, Clock clock) {
        return new JooqSessionTypeRepository(db, clock);
    }

    @Bean
    UserRepository userRepository(DSLContext db, Clock clock) {
        return new JooqUserRepository(db, clock);
    }

    @Bean
    RegistrantRepository registrantRepository(DSLContext db, Clock clock) {
        return new JooqRegistrantRepository(db, clock);
    }

    @Bean
    RegistrantImportStore registrantImportStore(DSLContext db, Clock clock) {
        return new JooqRegistrantImportStore(db, clock);
    }

    @Bean
    SessionRepository sessionRepository(DSLContext db, Clock clock) {
        return new JooqSessionRepository(db, clock);
    }

    @Bean
    SessionAttendanceCount sessionAttendanceCount(DSLContext db) {
        return new JooqSessionAttendanceCount(db);
    }

    /** Attendance reads sessions and registrants straight from their tables. */
    @Bean
    AttendanceRepository attendanceRepository(DSLContext db) {
        return new JooqAttendanceRepository(db);
    }

    @Bean
    AttendanceSessions attendanceSessions(DSLContext db) {
        return new JooqAttendanceSessions(db);
    }

    @Bean
    AttendanceRegistrants attendanceRegistrants(DSLContext db) {
        return new JooqAttendanceRegistrants(db);
    }

    @Bean
    AttendanceUserNames attendanceUserNames(DSLContext db) {
        return new JooqAttendanceUserNames(db);
    }

    /**
     * The compliance grid answers a period nobody opened yet straight from the summary and has this
     * thread compute its snapshot meanwhile (one at a time; a few waiting at most, others are asked for
     * again by the next request).
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService complianceSnapshotBuilder() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(8), runnable -> {
            Thread thread = new Thread(runnable, "compliance-snapshots");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    ComplianceQuery complianceQuery(DSLContext db, ExecutorService complianceSnapshotBuilder) {
        return new JooqComplianceQuery(db, complianceSnapshotBuilder);
    }

    @Bean
    HouseholdComplianceQuery householdComplianceQuery(DSLContext db) {
        return new JooqHouseholdComplianceQuery(db);
    }

    @Bean
    AttendanceSyncMarks attendanceSyncMarks(DSLContext db) {
        return new JooqAttendanceSyncMarks(db);
    }

    @Bean
    ApiTokenRepository apiTokenRepository(DSLContext db) {
        return new JooqApiTokenRepository(db);
    }

    @Bean
    ComplianceFlagRepository complianceFlagRepository(DSLContext db) {
        return new JooqComplianceFlagRepository(db);
    }

    @Bean
    EnrolmentRepository enrolmentRepository(DSLContext db, Clock clock) {
        return new JooqEnrolmentRepository(db, clock);
    }

    @Bean
    ExemptionRepository exemptionRepository(DSLContext db, Clock clock) {
        return new JooqExemptionRepository(db, clock);
    }

    @Bean
    EligibilityRuleRepository eligibilityRuleRepository(DSLContext db, Clock clock) {
        return new JooqEligibilityRuleRepository(db, clock);
    }

    @Bean
    EligibilityFacts eligibilityFacts(DSLContext db) {
        return new JooqEligibilityFacts(db);
    }

    @Bean
    VerificationPeriodRepository verificationPeriods(DSLContext db) {
        return new JooqVerificationPeriods(db);
    }

    @Bean
    JooqLateCorrections jooqLateCorrections(DSLContext db) {
        return new JooqLateCorrections(db);
    }

    @Bean
    JooqFrozenLists jooqFrozenLists(DSLContext db) {
        return new JooqFrozenLists(db);
    }

    @Bean
    org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository graduationPathwayRepository(
            DSLContext db) {
        return new org.sessiontracking.adapters.persistence.graduation.JooqGraduationPathwayRepository(db);
    }

    @Bean
    org.sessiontracking.application.graduation.port.out.GraduationRecords graduationRecords(DSLContext db) {
        return new org.sessiontracking.adapters.persistence.graduation.JooqGraduationRecords(db);
    }

    @Bean
    org.sessiontracking.application.graduation.port.out.ReadinessQuery readinessQuery(DSLContext db) {
        return new org.sessiontracking.adapters.persistence.graduation.JooqReadinessQuery(db);
    }
}
