package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;
import java.util.Optional;

/** Which flags to list; every part is optional. {@code openOnly} hides resolved flags. */
public record FlagFilter(Optional<SessionTypeId> type, Optional<FlagKind> kind, boolean openOnly,
                         Optional<RegistrantId> registrant) {

    public static final FlagFilter OPEN = new FlagFilter(Optional.empty(), Optional.empty(), true, Optional.empty());
    public static final FlagFilter ALL = new FlagFilter(Optional.empty(), Optional.empty(), false, Optional.empty());

    public FlagFilter {
        type = Objects.requireNonNullElse(type, Optional.empty());
        kind = Objects.requireNonNullElse(kind, Optional.empty());
        registrant = Objects.requireNonNullElse(registrant, Optional.empty());
    }

    public FlagFilter withType(SessionTypeId value) {
        return new FlagFilter(Optional.ofNullable(value), kind, openOnly, registrant);
    }

    public FlagFilter withKind(FlagKind value) {
        return new FlagFilter(type, Optional.ofNullable(value), openOnly, registrant);
    }

    public FlagFilter withOpenOnly(boolean value) {
        return new FlagFilter(type, kind, value, registrant);
    }

    public FlagFilter forRegistrant(RegistrantId value) {
        return new FlagFilter(type, kind, openOnly, Optional.ofNullable(value));
    }
}
