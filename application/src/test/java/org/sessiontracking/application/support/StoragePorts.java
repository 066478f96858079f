package org.sessiontracking.application.support;

import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.UserRepository;

/**
 * The writing out-ports of one persistence adapter, all over the same store: what a contract of a
 * reading port (compliance, eligibility facts, attendance reads) arranges its data with, so that the
 * contract runs unchanged on every adapter.
 */
public record StoragePorts(SessionTypeRepository types, UserRepository users, RegistrantRepository registrants,
                           RegistrantImportStore imports, SessionRepository sessions, AttendanceRepository attendance,
                           ComplianceFlagRepository flags) {
}
