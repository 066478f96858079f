package org.sessiontracking.application.graduation.usecase;

import org.sessiontracking.application.eligibility.usecase.SavedRuleEvaluation;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.ReadinessRequest;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.application.graduation.port.in.GraduateUseCase;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.application.graduation.port.out.ReadinessQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Graduates each registrant with their readiness as it stands now, frozen into the record. All or
 * nothing: anyone already graduated, or not ready without a reason, refuses the whole batch.
 */
public final class Graduate implements GraduateUseCase {

    private static final int NAMES_SHOWN = 5;

    private final ReadinessQuery query;
    private final ReadinessRequests requests;
    private final GraduationRecords records;
    private final CurrentActor currentActor;
    private final Clock clock;

    public Graduate(ReadinessQuery query, GraduationPathwayRepository pathways, SessionTypeRepository types,
                    SavedRuleEvaluation rules, GraduationRecords records, CurrentActor currentActor, Clock clock) {
        this.query = query;
        this.requests = new ReadinessRequests(pathways, types, rules);
        this.records = records;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public int graduate(Command command) {
        Actor actor = currentActor.get();
        actor.require(Permission.GRADUATE);
        ReadinessRequest request = requests.of(command.pathway(), ReadinessFilter.ALL, "");
        if (!request.pathway().active()) {
            throw new DomainException("pathway", request.pathway().name() + " is inactive: it takes no new graduations");
        }
        List<ReadinessRow> rows = query.of(request, command.registrants());
        if (rows.size() < command.registrants().stream().distinct().count()) {
            throw new DomainException("registrants", "Some of the selected registrants no longer exist");
        }
        List<ReadinessRow> graduated = rows.stream().filter(ReadinessRow::graduated).toList();
        if (!graduated.isEmpty()) {
            throw new DomainException("registrants", "Already graduated: " + names(graduated));
        }
        List<ReadinessRow> notReady = rows.stream().filter(row -> !row.readiness().ready()).toList();
        if (!notReady.isEmpty() && (command.reason() == null || command.reason().isBlank())) {
            throw new InvalidValueException("reason", (notReady.size() == 1 ? names(notReady) + " is"
                    : notReady.size() + " of the selected are (" + names(notReady) + ")")
                    + " not ready: give the reason for graduating anyway");
        }
        Instant now = clock.instant();
        for (ReadinessRow row : rows) {
            records.add(Graduation.graduate(records.nextGraduationId(), request.pathway().id(), row.registrant(),
                    command.graduatedOn(), row.readiness(), command.reason(), actor.id(), now));
        }
        return rows.size();
    }

    private static String names(List<ReadinessRow> rows) {
        String shown = rows.stream().limit(NAMES_SHOWN).map(ReadinessRow::name).collect(Collectors.joining(", "));
        return rows.size() > NAMES_SHOWN ? shown + " and " + (rows.size() - NAMES_SHOWN) + " more" : shown;
    }
}
