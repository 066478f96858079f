package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionId;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.graduation.GraduationPathwayId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/** Graduation pathways in the store's pathways table; a criterion removed takes its assessments with it. */
final class MemoryGraduationPathwayRepository implements GraduationPathwayRepository {

    private final MemoryStore store;

    MemoryGraduationPathwayRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public GraduationPathwayId nextId() {
        return new GraduationPathwayId(store.pathwayIds.incrementAndGet());
    }

    @Override
    public CriterionId nextCriterionId() {
        return new CriterionId(store.criterionIds.incrementAndGet());
    }

    @Override
    public Optional<GraduationPathway> findById(GraduationPathwayId id) {
        return store.atomically(() -> store.pathways.get(id).map(pathway -> copy(pathway, pathway.version())));
    }

    @Override
    public void add(GraduationPathway pathway) {
        store.atomically(() -> {
            requireUniqueName(pathway);
            store.pathways.put(pathway.id(), copy(pathway, Version.NEW));
            return null;
        });
    }

    @Override
    public void update(GraduationPathway pathway) {
        store.atomically(() -> {
            GraduationPathway stored = store.pathways.get(pathway.id()).orElse(null);
            if (stored == null || !stored.version().equals(pathway.version())) {
                throw new ConcurrentModificationException("Someone else changed this pathway meanwhile; reload it");
            }
            requireUniqueName(pathway);
            Set<CriterionId> kept = pathway.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
            for (MemoryStore.AssessmentKey key : store.assessments.all().stream()
                    .filter(assessment -> assessment.pathway().equals(pathway.id())
                            && !kept.contains(assessment.criterion()))
                    .map(assessment -> new MemoryStore.AssessmentKey(assessment.criterion(), assessment.registrant()))
                    .toList()) {
                store.assessments.remove(key);
            }
            store.pathways.put(pathway.id(), copy(pathway, pathway.version().next()));
            return null;
        });
    }

    @Override
    public List<GraduationPathway> list() {
        return store.atomically(() -> store.pathways.all().stream()
                .sorted(Comparator.comparing((GraduationPathway pathway) -> lower(pathway.name()))
                        .thenComparingLong(pathway -> pathway.id().value()))
                .map(pathway -> copy(pathway, pathway.version())).toList());
    }

    private void requireUniqueName(GraduationPathway pathway) {
        for (GraduationPathway other : store.pathways.all()) {
            if (!other.id().equals(pathway.id()) && lower(other.name()).equals(lower(pathway.name()))) {
                throw new DuplicateException("name", "A pathway named '" + pathway.name() + "' already exists");
            }
        }
    }

    private static GraduationPathway copy(GraduationPathway pathway, Version version) {
        return GraduationPathway.reconstitute(pathway.id(), pathway.name(), pathway.description(), pathway.active(),
                pathway.criteria(), version);
    }
}
