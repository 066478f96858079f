package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.CurriculumRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.CurriculumCompletionUseCase;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;

import java.util.List;
import java.util.Optional;

public final class ListCurriculumCompletion implements CurriculumCompletionUseCase {

    private final ComplianceQuery query;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;

    public ListCurriculumCompletion(ComplianceQuery query, SessionTypeRepository types, CurrentActor currentActor) {
        this.query = query;
        this.types = types;
        this.currentActor = currentActor;
    }

    @Override
    public List<CurriculumRow> list(SessionTypeId type, Optional<Period> period, boolean completedOnly,
                                    PageRequest page) {
        return query.curriculum(topicTracking(type), period, completedOnly, page);
    }

    @Override
    public int count(SessionTypeId type, Optional<Period> period, boolean completedOnly) {
        return query.countCurriculum(topicTracking(type), period, completedOnly);
    }

    private SessionType topicTracking(SessionTypeId id) {
        currentActor.get().require(Permission.READ);
        SessionType type = ComplianceTypes.load(types, id);
        if (!type.topicTracking()) {
            throw new DomainException("type", type.name() + " does not track topics, so it has no curriculum");
        }
        return type;
    }
}
