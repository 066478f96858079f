package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class FlagRegistrant implements FlagRegistrantUseCase {

    private final ComplianceFlagRepository flags;
    private final ComplianceQuery query;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;
    private final Clock clock;

    public FlagRegistrant(ComplianceFlagRepository flags, ComplianceQuery query, SessionTypeRepository types,
                          CurrentActor currentActor, Clock clock) {
        this.flags = flags;
        this.query = query;
        this.types = types;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public ComplianceFlagId flag(Command command) {
        Actor actor = currentActor.get();
        actor.require(Permission.FLAG_FOLLOW_UP);
        ComplianceTypes.load(types, command.type());
        query.registrant(command.registrant())
                .orElseThrow(() -> new NotFoundException("The registrant no longer exists"));
        ComplianceFlag flag = ComplianceFlag.raise(flags.nextId(), command.registrant(), command.type(),
                command.kind(), command.note(), actor.id(), clock.instant());
        flags.add(flag);
        return flag.id();
    }

    @Override
    public int flagAll(FlagAllCommand command) {
        Actor actor = currentActor.get();
        actor.require(Permission.FLAG_FOLLOW_UP);
        SessionType type = ComplianceTypes.load(types, command.criteria().type());
        List<RegistrantId> unflagged = new ArrayList<>();
        query.forEach(command.criteria(), CompliancePolicy.of(type), row -> {
            if (row.openFlags() == 0) {
                unflagged.add(row.registrant());
            }
        });
        if (unflagged.size() > MAX_FLAGGED_AT_ONCE) {
            throw new InvalidValueException("warning", "The list has " + unflagged.size() + " registrants without "
                    + "an open flag; at most " + MAX_FLAGGED_AT_ONCE + " can be flagged at once. Narrow it by area.");
        }
        Instant now = clock.instant();
        for (RegistrantId registrant : unflagged) {
            flags.add(ComplianceFlag.raise(flags.nextId(), registrant, type.id(), FlagKind.FOLLOW_UP, command.note(),
                    actor.id(), now));
        }
        return unflagged.size();
    }
}
