package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.graduation.GraduationMark;
import org.sessiontracking.application.graduation.ReadinessRequest;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.application.graduation.port.out.ReadinessQuery;
import org.sessiontracking.domain.compliance.CurriculumCompletion;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.CriterionState;
import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.graduation.Readiness;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/**
 * A pathway's list computed in Java from the store's records with the domain's classes: the counted
 * records of {@link CountedAttendance} judged by the type's policy (the domain's compliance rule), the
 * curriculum's {@link CurriculumCompletion}, then {@link CriterionState} and {@link Readiness}.
 */
final class MemoryReadinessQuery implements ReadinessQuery {

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final Comparator<ReadinessRow> BY_NAME = Comparator
            .comparing((ReadinessRow row) -> lower(row.name())).thenComparingLong(row -> row.registrant().value());

    private final MemoryStore store;

    MemoryReadinessQuery(MemoryStore store) {
        this.store = store;
    }

    @Override
    public List<ReadinessRow> list(ReadinessRequest request, PageRequest page) {
        if (!page.sort().isEmpty()) {
            throw new IllegalArgumentException("a pathway's list is sorted by name only; cannot sort by "
                    + page.sort().stream().map(PageRequest.SortOrder::property).toList());
        }
        return store.atomically(() -> listed(request).skip(page.offset()).limit(page.limit()).toList());
    }

    @Override
    public int count(ReadinessRequest request) {
        return store.atomically(() -> (int) listed(request).count());
    }

    @Override
    public void forEach(ReadinessRequest request, Consumer<ReadinessRow> row) {
        store.atomically(() -> listed(request).toList()).forEach(row);
    }

    @Override
    public List<ReadinessRow> of(ReadinessRequest request, Collection<RegistrantId> registrants) {
        return store.atomically(() -> {
            Facts facts = new Facts(request);
            return registrants.stream().distinct().map(store.registrants::get).flatMap(Optional::stream)
                    .map(registrant -> row(request, facts, registrant)).sorted(BY_NAME).toList();
        });
    }

    private Stream<ReadinessRow> listed(ReadinessRequest request) {
        Facts facts = new Facts(request);
        Set<RegistrantId> listed = new LinkedHashSet<>();
        facts.counted.values().forEach(counted -> listed.addAll(counted.registrants()));
        facts.missing.values().forEach(missing -> listed.addAll(missing.keySet()));
        store.assessments.all().stream().filter(assessment -> assessment.pathway().equals(request.pathway().id()))
                .forEach(assessment -> listed.add(assessment.registrant()));
        graduations(request).forEach(graduation -> listed.add(graduation.registrant()));
        String search = lower(request.search());
        return listed.stream().map(id -> store.registrants.get(id).orElseThrow())
                .filter(registrant -> search.isEmpty() || lower(registrant.fullName()).contains(search)
                        || lower(registrant.externalId().value()).contains(search))
                .map(registrant -> row(request, facts, registrant))
                .filter(row -> switch (request.filter()) {
                    case ALL -> true;
                    case GRADUATED -> row.graduated();
                    case READY -> !row.graduated() && row.readiness().ready();
                    case NOT_READY -> !row.graduated() && !row.readiness().ready();
                })
                .sorted(BY_NAME);
    }

    private Stream<Graduation> graduations(ReadinessRequest request) {
        return store.graduations.all().stream().filter(graduation -> graduation.pathway().equals(request.pathway().id()));
    }

    /** The counted records of each attendance and curriculum criterion, read once per call. */
    private final class Facts {
        final Map<Criterion, CountedAttendance> counted = new HashMap<>();
        /** Per attendance criterion, its type's enrolled registrants and their missing records (none without enrolments). */
        final Map<Criterion, Map<RegistrantId, Integer>> missing = new HashMap<>();
        final Map<RegistrantId, Graduation> latest = new HashMap<>();

        Facts(ReadinessRequest request) {
            for (Criterion criterion : request.pathway().criteria()) {
                switch (criterion.kind()) {
                    case CriterionKind.AttendanceCompliance a -> {
                        counted.put(criterion, CountedAttendance.of(store, a.type(), a.from(), a.to()));
                        missing.put(criterion, MemoryEnrolments.missing(store, a.type(), a.from(), a.to()));
                    }
                    case CriterionKind.CurriculumCompleted c ->
                            counted.put(criterion, CountedAttendance.of(store, c.type(), EARLIEST, LATEST));
                    default -> {
                    }
                }
            }
            graduations(request).forEach(graduation -> latest.merge(graduation.registrant(), graduation,
                    (x, y) -> x.id().value() > y.id().value() ? x : y));
        }
    }

    private ReadinessRow row(ReadinessRequest request, Facts facts, Registrant registrant) {
        List<CriterionState> states = request.pathway().criteria().stream().map(criterion -> switch (criterion.kind()) {
            case CriterionKind.AttendanceCompliance a -> CriterionState.ofCompliance(criterion,
                    request.policies().get(criterion.id()).evaluate(facts.counted.get(criterion).counts(registrant.id()),
                            facts.missing.get(criterion).getOrDefault(registrant.id(), 0)));
            case CriterionKind.CurriculumCompleted c -> {
                SessionType type = request.curricula().get(criterion.id());
                Set<TopicId> active = type.topics().stream().filter(Topic::active).map(Topic::id)
                        .collect(Collectors.toSet());
                yield CriterionState.ofCurriculum(criterion, CurriculumCompletion.of(type.topics(),
                        facts.counted.get(criterion).coveredTopics(registrant.id(), active)));
            }
            case CriterionKind.RulePasses r ->
                    CriterionState.ofRule(criterion, request.rules().get(criterion.id()).passes(registrant.id()));
            case CriterionKind.StaffAssessed s -> CriterionState.ofAssessment(criterion,
                    store.assessments.get(new MemoryStore.AssessmentKey(criterion.id(), registrant.id())));
        }).toList();
        Optional<GraduationMark> mark = Optional.ofNullable(facts.latest.get(registrant.id()))
                .map(graduation -> new GraduationMark(graduation.id(), graduation.graduatedOn(), graduation.revoked()));
        return new ReadinessRow(registrant.id(), registrant.externalId().value(), registrant.fullName(),
                registrant.details().area(), new Readiness(states), mark);
    }
}
