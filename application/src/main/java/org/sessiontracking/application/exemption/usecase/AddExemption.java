package org.sessiontracking.application.exemption.usecase;

import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.exemption.port.in.AddExemptionUseCase;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.exemption.ExemptionScope;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks the command whole (type, registrants, dates, reason) before storing anything. */
public final class AddExemption implements AddExemptionUseCase {

    private static final int NAMED_UNKNOWN_IDS = 5;

    private final ExemptionRepository exemptions;
    private final AttendanceRegistrants registrants;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;
    private final Clock clock;

    public AddExemption(ExemptionRepository exemptions, AttendanceRegistrants registrants, SessionTypeRepository types,
                        CurrentActor currentActor, Clock clock) {
        this.exemptions = exemptions;
        this.registrants = registrants;
        this.types = types;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public ExemptionId add(Command command) {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_EXEMPTIONS);
        command.type().ifPresent(type -> types.findById(type)
                .orElseThrow(() -> new InvalidValueException("type", "That session type no longer exists")));
        ExemptionScope scope = command.externalIds().isEmpty() ? ExemptionScope.ofAreas(command.areas())
                : ExemptionScope.ofRegistrants(registrantsOf(command.externalIds()));
        Exemption exemption = Exemption.create(exemptions.nextId(), command.type(), command.from(), command.to(),
                scope, command.reason());
        exemptions.add(exemption, actor.id(), clock.instant());
        return exemption.id();
    }

    private Set<RegistrantId> registrantsOf(List<String> externalIds) {
        if (externalIds.size() > ExemptionScope.MAX_REGISTRANTS) {
            // refused before looking thousands of ids up
            throw new InvalidValueException("registrants", "An exemption covers at most "
                    + ExemptionScope.MAX_REGISTRANTS + " registrants, got " + externalIds.size()
                    + ": exempt their areas instead");
        }
        Map<String, RegistrantSummary> found = registrants.byExternalIds(externalIds);
        List<String> unknown = externalIds.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("registrants", "No registrant has the external id"
                    + (unknown.size() == 1 ? " " : "s ") + unknown.stream().limit(NAMED_UNKNOWN_IDS)
                    .map(id -> "'" + id + "'").collect(Collectors.joining(", "))
                    + (unknown.size() > NAMED_UNKNOWN_IDS ? " and " + (unknown.size() - NAMED_UNKNOWN_IDS) + " more" : ""));
        }
        return found.values().stream().map(RegistrantSummary::id).collect(Collectors.toSet());
    }
}
