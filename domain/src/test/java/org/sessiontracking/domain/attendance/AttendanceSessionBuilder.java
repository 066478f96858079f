package org.sessiontracking.domain.attendance;

import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.util.HashSet;
import java.util.Set;

/** Test data: a session as attendance recording sees it, open and facilitated by user 10 unless told. */
public final class AttendanceSessionBuilder {

    private SessionId id = new SessionId(1);
    private SessionTypeId typeId = new SessionTypeId(1);
    private String title = "FDS - March 2026 - Barangay 12";
    private SessionPhase phase = SessionPhase.OPEN;
    private UserId facilitator = new UserId(10);
    private final Set<UserId> coFacilitators = new HashSet<>();
    private CompliancePolicy policy = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT);

    public static AttendanceSessionBuilder aSession() {
        return new AttendanceSessionBuilder();
    }

    public AttendanceSessionBuilder id(long value) {
        this.id = new SessionId(value);
        return this;
    }

    public AttendanceSessionBuilder title(String value) {
        this.title = value;
        return this;
    }

    public AttendanceSessionBuilder phase(SessionPhase value) {
        this.phase = value;
        return this;
    }

    public AttendanceSessionBuilder facilitator(UserId value) {
        this.facilitator = value;
        return this;
    }

    /** Run by external facilitators only: no user is its facilitator. */
    public AttendanceSessionBuilder withoutUserFacilitator() {
        this.facilitator = null;
        return this;
    }

    public AttendanceSessionBuilder coFacilitator(UserId value) {
        this.coFacilitators.add(value);
        return this;
    }

    public AttendanceSessionBuilder policy(CompliancePolicy value) {
        this.policy = value;
        return this;
    }

    public AttendanceSession build() {
        return new AttendanceSession(id, typeId, title, phase, java.util.Optional.ofNullable(facilitator),
                coFacilitators, policy);
    }
}
