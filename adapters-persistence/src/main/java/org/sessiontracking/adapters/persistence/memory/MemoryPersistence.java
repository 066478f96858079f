package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.port.out.HouseholdComplianceQuery;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;

/**
 * The in-memory persistence adapter: every storage out-port of the application over one
 * {@link MemoryStore}, for demos, training and screen work without a database. The data lives as long
 * as the process. Plain Java: no jOOQ, JDBC or Spring.
 */
public final class MemoryPersistence {

    private final MemoryStore store;
    private final MemorySessionTypeRepository sessionTypes;
    private final MemoryUserRepository users;
    private final MemoryRegistrantRepository registrants;
    private final MemoryRegistrantImportStore registrantImports;
    private final MemorySessionRepository sessions;
    private final MemorySessionAttendanceCount sessionAttendanceCount;
    private final MemoryAttendanceRepository attendance;
    private final MemoryAttendanceSessions attendanceSessions;
    private final MemoryAttendanceUserNames attendanceUserNames;
    private final MemoryAttendanceRegistrants attendanceRegistrants;
    private final MemoryComplianceQuery compliance;
    private final MemoryHouseholdComplianceQuery households;
    private final MemoryComplianceFlagRepository flags;
    private final MemoryEligibilityRuleRepository rules;
    private final MemoryEligibilityFacts facts;
    private final MemoryVerificationPeriods verificationPeriods;
    private final MemoryLateCorrections lateCorrections;
    private final MemoryFrozenLists frozenLists;
    private final MemoryLateCorrectionLog lateCorrectionLog;
    private final MemoryFrozenCompliance frozenCompliance;
    private final MemoryExemptionRepository exemptions;
    private final MemoryEnrolmentRepository enrolments;

    public MemoryPersistence() {
        this(new MemoryStore());
    }

    public MemoryPersistence(MemoryStore store) {
        this.store = store;
        this.sessionTypes = new MemorySessionTypeRepository(store);
        this.users = new MemoryUserRepository(store);
        this.registrants = new MemoryRegistrantRepository(store);
        this.registrantImports = new MemoryRegistrantImportStore(store);
        this.sessions = new MemorySessionRepository(store);
        this.sessionAttendanceCount = new MemorySessionAttendanceCount(store);
        this.attendance = new MemoryAttendanceRepository(store);
        this.attendanceSessions = new MemoryAttendanceSessions(store);
        this.attendanceUserNames = new MemoryAttendanceUserNames(store);
        this.attendanceRegistrants = new MemoryAttendanceRegistrants(store);
        this.compliance = new MemoryComplianceQuery(store);
        this.households = new MemoryHouseholdComplianceQuery(store, compliance);
        this.flags = new MemoryComplianceFlagRepository(store);
        this.rules = new MemoryEligibilityRuleRepository(store);
        this.facts = new MemoryEligibilityFacts(store, compliance);
        this.verificationPeriods = new MemoryVerificationPeriods(store);
        this.lateCorrections = new MemoryLateCorrections(store);
        this.frozenLists = new MemoryFrozenLists(store, compliance);
        this.lateCorrectionLog = new MemoryLateCorrectionLog(store);
        this.frozenCompliance = new MemoryFrozenCompliance(store);
        this.exemptions = new MemoryExemptionRepository(store);
        this.enrolments = new MemoryEnrolmentRepository(store);
    }

    /** The store, whose units of work make each use case one transaction. */
    public MemoryStore store() {
        return store;
    }

    public SessionTypeRepository sessionTypes() {
        return sessionTypes;
    }

    public UserRepository users() {
        return users;
    }

    public RegistrantRepository registrants() {
        return registrants;
    }

    public RegistrantImportStore registrantImports() {
        return registrantImports;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    public SessionAttendanceCount sessionAttendanceCount() {
        return sessionAttendanceCount;
    }

    public AttendanceRepository attendance() {
        return attendance;
    }

    public AttendanceSessions attendanceSessions() {
        return attendanceSessions;
    }

    public AttendanceRegistrants attendanceRegistrants() {
        return attendanceRegistrants;
    }

    public AttendanceUserNames attendanceUserNames() {
        return attendanceUserNames;
    }

    public ComplianceQuery compliance() {
        return compliance;
    }

    public HouseholdComplianceQuery householdCompliance() {
        return households;
    }

    public ComplianceFlagRepository complianceFlags() {
        return flags;
    }

    public ExemptionRepository exemptions() {
        return exemptions;
    }

    public org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments() {
        return enrolments;
    }

    public EligibilityRuleRepository eligibilityRules() {
        return rules;
    }

    public ApiTokenRepository apiTokens() {
        return new MemoryApiTokenRepository(store);
    }

    public AttendanceSyncMarks attendanceSyncMarks() {
        return new MemoryAttendanceSyncMarks(store);
    }

    public CaseRepository cases() {
        return new MemoryCaseRepository(store);
    }

    public EligibilityFacts eligibilityFacts() {
        return facts;
    }

    public VerificationPeriodRepository verificationPeriods() {
        return verificationPeriods;
    }

    public LateCorrectionRepository lateCorrections() {
        return lateCorrections;
    }

    public LateCorrectionLog lateCorrectionLog() {
        return lateCorrectionLog;
    }

    public FrozenComplianceLists frozenLists() {
        return frozenLists;
    }

    public FrozenCompliance frozenCompliance() {
        return frozenCompliance;
    }

    public org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository graduationPathways() {
        return new MemoryGraduationPathwayRepository(store);
    }

    public org.sessiontracking.application.graduation.port.out.GraduationRecords graduationRecords() {
        return new MemoryGraduationRecords(store);
    }

    public org.sessiontracking.application.graduation.port.out.ReadinessQuery readiness() {
        return new MemoryReadinessQuery(store);
    }
}
