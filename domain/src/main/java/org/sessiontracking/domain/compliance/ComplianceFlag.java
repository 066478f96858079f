package org.sessiontracking.domain.compliance;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registrant flagged from the compliance list of a session type: for follow-up, or as excluded from
 * a benefit. It stays open until someone resolves it, with a note saying how.
 */
public final class ComplianceFlag {

    public static final int MAX_NOTE_LENGTH = 1000;

    private final ComplianceFlagId id;
    private final RegistrantId registrant;
    private final SessionTypeId sessionType;
    private final FlagKind kind;
    private final String note;
    private final UserId raisedBy;
    private final Instant raisedAt;
    private Resolution resolution;
    private final Version version;

    /** How and by whom an open flag was closed. */
    public record Resolution(UserId by, Instant at, String note) {
        public Resolution {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            note = Text.optional("resolutionNote", "Resolution note", note, MAX_NOTE_LENGTH);
        }
    }

    private ComplianceFlag(ComplianceFlagId id, RegistrantId registrant, SessionTypeId sessionType, FlagKind kind,
                           String note, UserId raisedBy, Instant raisedAt, Resolution resolution, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.registrant = Objects.requireNonNull(registrant, "registrant");
        this.sessionType = Objects.requireNonNull(sessionType, "sessionType");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.note = note;
        this.raisedBy = Objects.requireNonNull(raisedBy, "raisedBy");
        this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
        this.resolution = resolution;
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A follow-up needs a note saying what to follow up; an exclusion needs the benefit it excludes from. */
    public static ComplianceFlag raise(ComplianceFlagId id, RegistrantId registrant, SessionTypeId sessionType,
                                       FlagKind kind, String note, UserId raisedBy, Instant raisedAt) {
        String label = kind == FlagKind.EXCLUDED ? "The benefit (note)" : "A note";
        String checked = Text.required("note", label, note, MAX_NOTE_LENGTH);
        return new ComplianceFlag(id, registrant, sessionType, kind, checked, raisedBy, raisedAt, null, Version.NEW);
    }

    public static ComplianceFlag reconstitute(ComplianceFlagId id, RegistrantId registrant, SessionTypeId sessionType,
                                              FlagKind kind, String note, UserId raisedBy, Instant raisedAt,
                                              Resolution resolution, Version version) {
        return new ComplianceFlag(id, registrant, sessionType, kind, note, raisedBy, raisedAt, resolution, version);
    }

    public void resolve(UserId by, Instant at, String resolutionNote) {
        if (resolution != null) {
            throw new DomainException("This flag was already resolved on " + resolution.at());
        }
        resolution = new Resolution(by, at, resolutionNote);
    }

    public boolean open() {
        return resolution == null;
    }

    public ComplianceFlagId id() {
        return id;
    }

    public RegistrantId registrant() {
        return registrant;
    }

    public SessionTypeId sessionType() {
        return sessionType;
    }

    public FlagKind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public UserId raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Optional<Resolution> resolution() {
        return Optional.ofNullable(resolution);
    }

    public Version version() {
        return version;
    }
}
