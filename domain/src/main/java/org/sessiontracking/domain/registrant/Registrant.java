package org.sessiontracking.domain.registrant;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Version;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A beneficiary from the programme's social registry (product.md, "Registrants"): one person or a
 * household. An individual may belong to one household; a household belongs to none.
 * The external id is the registry's key and does not change once the registrant exists.
 */
public final class Registrant {

    private final RegistrantId id;
    private final ExternalId externalId;
    private RegistrantDetails details;
    private Optional<RegistrantId> groupId;
    private boolean active;
    private Optional<RegistrantId> granteeId = Optional.empty();
    private final Version version;

    private Registrant(RegistrantId id, ExternalId externalId, RegistrantDetails details,
                       Optional<RegistrantId> groupId, boolean active, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.externalId = Objects.requireNonNull(externalId, "externalId");
        this.details = Objects.requireNonNull(details, "details");
        this.groupId = Objects.requireNonNull(groupId, "groupId");
        this.active = active;
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A new, active registrant; {@code group} is the household it belongs to, if any. */
    public static Registrant create(RegistrantId id, ExternalId externalId, RegistrantDetails details,
                                    Optional<Registrant> group, LocalDate today) {
        details.requireBornBy(today);
        group.ifPresent(household -> requireMayBelongTo(details.kind(), household.kind(),
                household.externalId().value()));
        return new Registrant(id, externalId, details, group.map(Registrant::id), true, Version.NEW);
    }

    public static Registrant reconstitute(RegistrantId id, ExternalId externalId, RegistrantDetails details,
                                          Optional<RegistrantId> groupId, boolean active, Version version) {
        return new Registrant(id, externalId, details, groupId, active, version);
    }

    /** A stored household with its grantee (see {@link #granteeId()}). */
    public static Registrant reconstitute(RegistrantId id, ExternalId externalId, RegistrantDetails details,
                                          Optional<RegistrantId> groupId, boolean active, Optional<RegistrantId> granteeId,
                                          Version version) {
        Registrant registrant = new Registrant(id, externalId, details, groupId, active, version);
        registrant.granteeId = Objects.requireNonNull(granteeId, "granteeId");
        return registrant;
    }

    /**
     * Designates the household's grantee, the member a session type's GRANTEE household rule judges
     * (issue 12); empty for none. Only a household has one, and only one of its own members.
     */
    public void designateGrantee(Optional<Registrant> grantee) {
        grantee.ifPresent(member -> {
            if (details.kind() != RegistrantKind.GROUP) {
                throw new DomainException("grantee", "Only a household has a grantee; "
                        + externalId.value() + " is an individual");
            }
            if (!member.groupId().equals(Optional.of(id))) {
                throw new DomainException("grantee", "The grantee must be a member of the household; '"
                        + member.externalId().value() + "' is not a member of " + externalId.value());
            }
        });
        this.granteeId = grantee.map(Registrant::id);
    }

    /** A household's designated member, if one is designated; always empty for an individual. */
    public Optional<RegistrantId> granteeId() {
        return details.kind() == RegistrantKind.GROUP ? granteeId : Optional.empty();
    }

    /**
     * Changes what the registry says about this registrant. Whether a household that still has
     * members may become an individual is for the caller to check: only it knows the members.
     */
    public void edit(RegistrantDetails newDetails, Optional<Registrant> group, boolean newActive, LocalDate today) {
        newDetails.requireBornBy(today);
        group.ifPresent(household -> {
            if (household.id().equals(id)) {
                throw new DomainException("group", "A registrant cannot belong to itself");
            }
            requireMayBelongTo(newDetails.kind(), household.kind(), household.externalId().value());
        });
        this.details = newDetails;
        this.groupId = group.map(Registrant::id);
        this.active = newActive;
    }

    /**
     * The membership rule, also used where the group is not loaded as an aggregate (CSV import):
     * only an individual can belong to a group, and only to a group (household).
     */
    public static void requireMayBelongTo(RegistrantKind memberKind, RegistrantKind groupKind,
                                          String groupExternalId) {
        if (memberKind == RegistrantKind.GROUP) {
            throw new DomainException("group", "A household cannot belong to another household ('"
                    + groupExternalId + "')");
        }
        if (groupKind != RegistrantKind.GROUP) {
            throw new DomainException("group", "'" + groupExternalId
                    + "' is an individual, not a household: only households can have members");
        }
    }

    public RegistrantId id() {
        return id;
    }

    public ExternalId externalId() {
        return externalId;
    }

    public RegistrantDetails details() {
        return details;
    }

    public String fullName() {
        return details.fullName();
    }

    public RegistrantKind kind() {
        return details.kind();
    }

    public Optional<RegistrantId> groupId() {
        return groupId;
    }

    public boolean active() {
        return active;
    }

    public Version version() {
        return version;
    }
}
