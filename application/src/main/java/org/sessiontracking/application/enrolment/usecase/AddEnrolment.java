package org.sessiontracking.application.enrolment.usecase;

import org.sessiontracking.application.enrolment.port.in.AddEnrolmentUseCase;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.enrolment.EnrolmentScope;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks the command whole (type, households or registrants, dates) before storing anything. */
public final class AddEnrolment implements AddEnrolmentUseCase {

    private static final int NAMED_IDS = 5;

    private final EnrolmentRepository enrolments;
    private final RegistrantRepository registrants;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;
    private final Clock clock;

    public AddEnrolment(EnrolmentRepository enrolments, RegistrantRepository registrants, SessionTypeRepository types,
                        CurrentActor currentActor, Clock clock) {
        this.enrolments = enrolments;
        this.registrants = registrants;
        this.types = types;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public EnrolmentId add(Command command) {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_ENROLMENTS);
        types.findById(command.type())
                .orElseThrow(() -> new InvalidValueException("type", "That session type no longer exists"));
        EnrolmentScope scope;
        if (!command.householdIds().isEmpty()) {
            scope = EnrolmentScope.ofHouseholds(households(command.householdIds()));
        } else if (!command.registrantIds().isEmpty()) {
            scope = EnrolmentScope.ofRegistrants(registrantsOf(command.registrantIds()));
        } else {
            scope = EnrolmentScope.ofAreas(command.areas());
        }
        Enrolment enrolment = Enrolment.create(enrolments.nextId(), command.type(), scope, command.from(),
                command.to());
        enrolments.add(enrolment, actor.id(), clock.instant());
        return enrolment.id();
    }

    private Set<RegistrantId> households(List<String> externalIds) {
        Map<String, RegistrantSummary> found = find("households", externalIds, EnrolmentScope.MAX_HOUSEHOLDS,
                "households", "enrol their areas instead");
        List<String> notHouseholds = found.values().stream().filter(summary -> summary.kind() != RegistrantKind.GROUP)
                .map(RegistrantSummary::externalId).sorted().toList();
        if (!notHouseholds.isEmpty()) {
            throw new InvalidValueException("households", named(notHouseholds)
                    + (notHouseholds.size() == 1 ? " is not a household" : " are not households")
                    + ": list individuals as registrants instead");
        }
        return found.values().stream().map(RegistrantSummary::id).collect(Collectors.toSet());
    }

    private Set<RegistrantId> registrantsOf(List<String> externalIds) {
        return find("registrants", externalIds, EnrolmentScope.MAX_REGISTRANTS, "registrants",
                "enrol their areas or households instead").values().stream().map(RegistrantSummary::id)
                .collect(Collectors.toSet());
    }

    private Map<String, RegistrantSummary> find(String field, List<String> externalIds, int max, String what,
                                                String instead) {
        if (externalIds.size() > max) {
            // refused before looking thousands of ids up
            throw new InvalidValueException(field, "An enrolment covers at most " + max + " " + what + ", got "
                    + externalIds.size() + ": " + instead);
        }
        Map<String, RegistrantSummary> found = registrants.findByExternalIds(externalIds).stream()
                .collect(Collectors.toMap(RegistrantSummary::externalId, Function.identity(), (a, b) -> a));
        List<String> unknown = externalIds.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException(field, "No registrant has the external id"
                    + (unknown.size() == 1 ? " " : "s ") + named(unknown));
        }
        return found;
    }

    private static String named(List<String> ids) {
        return ids.stream().limit(NAMED_IDS).map(id -> "'" + id + "'").collect(Collectors.joining(", "))
                + (ids.size() > NAMED_IDS ? " and " + (ids.size() - NAMED_IDS) + " more" : "");
    }
}
