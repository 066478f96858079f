package org.sessiontracking.application.graduation.usecase;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.eligibility.usecase.SavedRuleEvaluation;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.application.graduation.port.in.GraduationReadinessUseCase;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.graduation.port.out.ReadinessQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.user.Permission;

import java.util.List;
import java.util.function.Consumer;

public final class ListReadiness implements GraduationReadinessUseCase {

    private final ReadinessQuery query;
    private final ReadinessRequests requests;
    private final CurrentActor currentActor;

    public ListReadiness(ReadinessQuery query, GraduationPathwayRepository pathways, SessionTypeRepository types,
                         SavedRuleEvaluation rules, CurrentActor currentActor) {
        this.query = query;
        this.requests = new ReadinessRequests(pathways, types, rules);
        this.currentActor = currentActor;
    }

    @Override
    public List<ReadinessRow> list(GraduationPathwayId pathway, ReadinessFilter filter, String search,
                                   PageRequest page) {
        currentActor.get().require(Permission.READ);
        return query.list(requests.of(pathway, filter, search), page);
    }

    @Override
    public int count(GraduationPathwayId pathway, ReadinessFilter filter, String search) {
        currentActor.get().require(Permission.READ);
        return query.count(requests.of(pathway, filter, search));
    }

    @Override
    public void export(GraduationPathwayId pathway, ReadinessFilter filter, String search,
                       Consumer<ReadinessRow> row) {
        currentActor.get().require(Permission.READ);
        query.forEach(requests.of(pathway, filter, search), row);
    }
}
