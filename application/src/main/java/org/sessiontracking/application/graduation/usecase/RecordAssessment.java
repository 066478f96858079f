package org.sessiontracking.application.graduation.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.graduation.port.in.RecordAssessmentUseCase;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.graduation.Assessment;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;

public final class RecordAssessment implements RecordAssessmentUseCase {

    private final GraduationPathwayRepository pathways;
    private final GraduationRecords records;
    private final RegistrantRepository registrants;
    private final CurrentActor currentActor;
    private final Clock clock;

    public RecordAssessment(GraduationPathwayRepository pathways, GraduationRecords records,
                            RegistrantRepository registrants, CurrentActor currentActor, Clock clock) {
        this.pathways = pathways;
        this.records = records;
        this.registrants = registrants;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public void record(Command command) {
        Actor actor = currentActor.get();
        actor.require(Permission.ASSESS_GRADUATION_CRITERIA);
        GraduationPathway pathway = pathways.findById(command.pathway())
                .orElseThrow(() -> new NotFoundException("The graduation pathway no longer exists"));
        Criterion criterion = pathway.criteria().stream().filter(it -> it.id().equals(command.criterion())).findFirst()
                .orElseThrow(() -> new NotFoundException("The criterion is no longer part of the pathway"));
        if (!(criterion.kind() instanceof CriterionKind.StaffAssessed)) {
            throw new DomainException("criterion", "'" + criterion.label()
                    + "' is computed from the data; only assessed criteria are recorded by staff");
        }
        registrants.findById(command.registrant())
                .orElseThrow(() -> new NotFoundException("The registrant no longer exists"));
        records.saveAssessment(new Assessment(pathway.id(), criterion.id(), command.registrant(), command.met(),
                command.note(), command.assessedOn(), actor.id(), clock.instant()));
    }
}
