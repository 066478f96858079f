package org.sessiontracking.domain.graduation;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registrant's graduation from a pathway: on which date, who recorded it and when, and the criteria as
 * they stood (frozen: later attendance does not change the record). Graduating someone who is not ready
 * needs a reason. A graduation is never deleted; it can be revoked, with a reason, and stays readable.
 */
public final class Graduation {

    public static final int MAX_REASON_LENGTH = 1000;

    private final GraduationId id;
    private final GraduationPathwayId pathway;
    private final RegistrantId registrant;
    private final LocalDate graduatedOn;
    private final UserId recordedBy;
    private final Instant recordedAt;
    private final boolean wasReady;
    private final BigDecimal readinessPercent;
    private final String reason;
    private final List<FrozenCriterion> criteria;
    private Revocation revocation;
    private final Version version;

    /** Who revoked a graduation, when and why. */
    public record Revocation(UserId by, Instant at, String reason) {
        public Revocation {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            reason = Text.required("reason", "A reason for the revocation", reason, MAX_REASON_LENGTH);
        }
    }

    private Graduation(GraduationId id, GraduationPathwayId pathway, RegistrantId registrant, LocalDate graduatedOn,
                       UserId recordedBy, Instant recordedAt, boolean wasReady, BigDecimal readinessPercent,
                       String reason, List<FrozenCriterion> criteria, Revocation revocation, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.pathway = Objects.requireNonNull(pathway, "pathway");
        this.registrant = Objects.requireNonNull(registrant, "registrant");
        this.graduatedOn = Objects.requireNonNull(graduatedOn, "graduatedOn");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.wasReady = wasReady;
        this.readinessPercent = Objects.requireNonNull(readinessPercent, "readinessPercent");
        this.reason = reason == null ? "" : reason;
        this.criteria = List.copyOf(criteria);
        this.revocation = revocation;
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * @param readiness the registrant's readiness now; frozen into the record
     * @param reason    required when the registrant is not ready; optional otherwise
     */
    public static Graduation graduate(GraduationId id, GraduationPathwayId pathway, RegistrantId registrant,
                                      LocalDate graduatedOn, Readiness readiness, String reason, UserId recordedBy,
                                      Instant recordedAt) {
        if (graduatedOn == null) {
            throw new InvalidValueException("graduatedOn", "Choose the graduation date");
        }
        String checked = readiness.ready()
                ? Text.optional("reason", "The reason", reason, MAX_REASON_LENGTH)
                : Text.required("reason", "A reason for graduating someone who is not ready", reason, MAX_REASON_LENGTH);
        return new Graduation(id, pathway, registrant, graduatedOn, recordedBy, recordedAt, readiness.ready(),
                readiness.percent(), checked, readiness.freeze(), null, Version.NEW);
    }

    public static Graduation reconstitute(GraduationId id, GraduationPathwayId pathway, RegistrantId registrant,
                                          LocalDate graduatedOn, UserId recordedBy, Instant recordedAt,
                                          boolean wasReady, BigDecimal readinessPercent, String reason,
                                          List<FrozenCriterion> criteria, Revocation revocation, Version version) {
        return new Graduation(id, pathway, registrant, graduatedOn, recordedBy, recordedAt, wasReady,
                readinessPercent, reason, criteria, revocation, version);
    }

    public void revoke(UserId by, Instant at, String reason) {
        if (revocation != null) {
            throw new DomainException("This graduation was already revoked");
        }
        revocation = new Revocation(by, at, reason);
    }

    public boolean revoked() {
        return revocation != null;
    }

    public GraduationId id() {
        return id;
    }

    public GraduationPathwayId pathway() {
        return pathway;
    }

    public RegistrantId registrant() {
        return registrant;
    }

    public LocalDate graduatedOn() {
        return graduatedOn;
    }

    public UserId recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Whether the registrant was ready when graduated. */
    public boolean wasReady() {
        return wasReady;
    }

    public BigDecimal readinessPercent() {
        return readinessPercent;
    }

    /** Why someone not ready was graduated (empty when they were ready and none was given). */
    public String reason() {
        return reason;
    }

    public List<FrozenCriterion> criteria() {
        return criteria;
    }

    public Optional<Revocation> revocation() {
        return Optional.ofNullable(revocation);
    }

    public Version version() {
        return version;
    }
}
