package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.adapters.persistence.demo.DemoData;
import org.sessiontracking.adapters.persistence.memory.MemoryDemoData;
import org.sessiontracking.adapters.persistence.memory.MemoryPersistence;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The in-memory persistence adapter ({@code sessiontracking.persistence=memory}): every storage out-port
 * over one {@link MemoryPersistence}, with no database at all (no PostgreSQL, DataSource or Flyway: see
 * {@link PersistenceChoice}); each use case one unit of work of its store. Everything is lost at shutdown.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PersistenceChoice.PROPERTY, havingValue = PersistenceChoice.MEMORY)
public class MemoryPersistenceWiring {

    private static final Logger log = LoggerFactory.getLogger(MemoryPersistenceWiring.class);

    @Bean
    MemoryPersistence memoryPersistence() {
        log.warn("Persistence: in memory (sessiontracking.persistence=memory). Nothing is stored on disk: "
                + "every change is lost when the application stops.");
        return new MemoryPersistence();
    }

    @Bean
    UseCaseTransactions useCaseTransactions(MemoryPersistence memory) {
        return new UseCaseTransactions(new MemoryTransactionManager(memory.store()));
    }

    @Bean
    DemoData.Loader demoData(MemoryPersistence memory, Clock clock) {
        return new MemoryDemoData(memory, clock);
    }

    @Bean
    SessionTypeRepository sessionTypeRepository(MemoryPersistence memory) {
        return memory.sessionTypes();
    }

    @Bean
    UserRepository userRepository(MemoryPersistence memory) {
        return memory.users();
    }

    @Bean
    RegistrantRepository registrantRepository(MemoryPersistence memory) {
        return memory.registrants();
    }

    @Bean
    RegistrantImportStore registrantImportStore(MemoryPersistence memory) {
        return memory.registrantImports();
    }

    @Bean
    SessionRepository sessionRepository(MemoryPersistence memory) {
        return memory.sessions();
    }

    @Bean
    SessionAttendanceCount sessionAttendanceCount(MemoryPersistence memory) {
        return memory.sessionAttendanceCount();
    }

    @Bean
    AttendanceRepository attendanceRepository(MemoryPersistence memory) {
        return memory.attendance();
    }

    @Bean
    AttendanceSessions attendanceSessions(MemoryPersistence memory) {
        return memory.attendanceSessions();
    }

    @Bean
    AttendanceRegistrants attendanceRegistrants(MemoryPersistence memory) {
        return memory.attendanceRegistrants();
    }

    @Bean
    AttendanceUserNames attendanceUserNames(MemoryPersistence memory) {
        return memory.attendanceUserNames();
    }

    @Bean
    ComplianceQuery complianceQuery(MemoryPersistence memory) {
        return memory.compliance();
    }

    @Bean
    HouseholdComplianceQuery householdComplianceQuery(MemoryPersistence memory) {
        return memory.householdCompliance();
    }

    @Bean
    ComplianceFlagRepository complianceFlagRepository(MemoryPersistence memory) {
        return memory.complianceFlags();
    }

    @Bean
    EnrolmentRepository enrolmentRepository(MemoryPersistence memory) {
        return memory.enrolments();
    }

    @Bean
    ExemptionRepository exemptionRepository(MemoryPersistence memory) {
        return memory.exemptions();
    }

    @Bean
    EligibilityRuleRepository eligibilityRuleRepository(MemoryPersistence memory) {
        return memory.eligibilityRules();
    }

    @Bean
    EligibilityFacts eligibilityFacts(MemoryPersistence memory) {
        return memory.eligibilityFacts();
    }

    @Bean
    AttendanceSyncMarks attendanceSyncMarks(MemoryPersistence memory) {
        return memory.attendanceSyncMarks();
    }

    @Bean
    ApiTokenRepository apiTokenRepository(MemoryPersistence memory) {
        return memory.apiTokens();
    }

    @Bean
    VerificationPeriodRepository verificationPeriods(MemoryPersistence memory) {
        return memory.verificationPeriods();
    }

    @Bean
    LateCorrectionRepository lateCorrections(MemoryPersistence memory) {
        return memory.lateCorrections();
    }

    @Bean
    LateCorrectionLog lateCorrectionLog(MemoryPersistence memory) {
        return memory.lateCorrectionLog();
    }

    @Bean
    FrozenComplianceLists frozenComplianceLists(MemoryPersistence memory) {
        return memory.frozenLists();
    }

    @Bean
    FrozenCompliance frozenCompliance(MemoryPersistence memory) {
        return memory.frozenCompliance();
    }

    @Bean
    org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository graduationPathwayRepository(
            MemoryPersistence memory) {
        return memory.graduationPathways();
    }

    @Bean
    org.sessiontracking.application.graduation.port.out.GraduationRecords graduationRecords(MemoryPersistence memory) {
        return memory.graduationRecords();
    }

    @Bean
    org.sessiontracking.application.graduation.port.out.ReadinessQuery readinessQuery(MemoryPersistence memory) {
        return memory.readiness();
    }
}
