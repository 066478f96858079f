package org.sessiontracking.application.graduation.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.application.graduation.port.in.ManageGraduationPathwaysUseCase;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;

import java.util.List;
import java.util.Optional;

public final class ManageGraduationPathways implements ManageGraduationPathwaysUseCase {

    private final GraduationPathwayRepository pathways;
    private final SessionTypeRepository types;
    private final EligibilityRuleRepository rules;
    private final CurrentActor currentActor;

    public ManageGraduationPathways(GraduationPathwayRepository pathways, SessionTypeRepository types,
                                    EligibilityRuleRepository rules, CurrentActor currentActor) {
        this.pathways = pathways;
        this.types = types;
        this.rules = rules;
        this.currentActor = currentActor;
    }

    @Override
    public List<GraduationPathway> list() {
        currentActor.get().require(Permission.READ);
        return pathways.list();
    }

    @Override
    public Optional<GraduationPathway> get(GraduationPathwayId id) {
        currentActor.get().require(Permission.READ);
        return pathways.findById(id);
    }

    @Override
    public GraduationPathwayId save(SaveCommand command) {
        currentActor.get().require(Permission.CONFIGURE_GRADUATION);
        List<Criterion> criteria = command.criteria().stream().map(this::criterion).toList();
        if (command.id().isEmpty()) {
            GraduationPathway pathway = GraduationPathway.create(pathways.nextId(), command.name(),
                    command.description(), command.active(), criteria);
            pathways.add(pathway);
            return pathway.id();
        }
        GraduationPathway stored = pathways.findById(command.id().get())
                .orElseThrow(() -> new NotFoundException("The graduation pathway no longer exists"));
        GraduationPathway pathway = GraduationPathway.reconstitute(stored.id(), stored.name(), stored.description(),
                stored.active(), stored.criteria(), command.version().get());
        pathway.edit(command.name(), command.description(), command.active(), criteria);
        pathways.update(pathway);
        return pathway.id();
    }

    private Criterion criterion(CriterionDraft draft) {
        switch (draft.kind()) {
            case CriterionKind.AttendanceCompliance attendance -> type(attendance.type(), draft.label());
            case CriterionKind.CurriculumCompleted curriculum -> {
                SessionType type = type(curriculum.type(), draft.label());
                if (!type.topicTracking()) {
                    throw new InvalidValueException("criteria", "'" + draft.label() + "': " + type.name()
                            + " does not track topics, so it has no curriculum");
                }
            }
            case CriterionKind.RulePasses rule -> rules.findById(rule.rule()).orElseThrow(() ->
                    new InvalidValueException("criteria", "'" + draft.label() + "': the eligibility rule no longer exists"));
            case CriterionKind.StaffAssessed assessed -> {
            }
        }
        return new Criterion(draft.id().orElseGet(pathways::nextCriterionId), draft.label(), draft.kind(),
                draft.weight(), draft.required());
    }

    private SessionType type(SessionTypeId id, String label) {
        return types.findById(id).orElseThrow(() ->
                new DomainException("criteria", "'" + label + "': the session type no longer exists"));
    }
}
