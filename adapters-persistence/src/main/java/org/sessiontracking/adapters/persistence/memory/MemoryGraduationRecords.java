package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.graduation.Assessment;
import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.graduation.GraduationId;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.toMicros;

/**
 * Assessments and graduations in the store's tables. Like the database's keys it refuses a second
 * graduation (not revoked) of a registrant from a pathway, and records about unknown rows.
 */
final class MemoryGraduationRecords implements GraduationRecords {

    private final MemoryStore store;

    MemoryGraduationRecords(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void saveAssessment(Assessment assessment) {
        store.atomically(() -> {
            requireKnown(store.pathways.contains(assessment.pathway()) && store.registrants.contains(assessment.registrant())
                    && store.users.contains(assessment.assessedBy()));
            store.assessments.put(new MemoryStore.AssessmentKey(assessment.criterion(), assessment.registrant()),
                    new Assessment(assessment.pathway(), assessment.criterion(), assessment.registrant(),
                            assessment.met(), assessment.note(), assessment.assessedOn(), assessment.assessedBy(),
                            toMicros(assessment.recordedAt())));
            return null;
        });
    }

    @Override
    public GraduationId nextGraduationId() {
        return new GraduationId(store.graduationIds.incrementAndGet());
    }

    @Override
    public void add(Graduation graduation) {
        store.atomically(() -> {
            requireKnown(store.pathways.contains(graduation.pathway()) && store.registrants.contains(graduation.registrant())
                    && store.users.contains(graduation.recordedBy()));
            boolean graduated = store.graduations.all().stream().anyMatch(other -> !other.revoked()
                    && other.pathway().equals(graduation.pathway()) && other.registrant().equals(graduation.registrant()));
            if (graduated) {
                throw new DuplicateException("registrants", "The registrant already graduated from this pathway");
            }
            store.graduations.put(graduation.id(), copy(graduation, Version.NEW));
            return null;
        });
    }

    @Override
    public void update(Graduation graduation) {
        store.atomically(() -> {
            Graduation stored = store.graduations.get(graduation.id()).orElse(null);
            if (stored == null || !stored.version().equals(graduation.version())) {
                throw new ConcurrentModificationException("Someone else changed this graduation meanwhile; reload it");
            }
            store.graduations.put(graduation.id(), copy(graduation, graduation.version().next()));
            return null;
        });
    }

    @Override
    public Optional<Graduation> findById(GraduationId id) {
        return store.atomically(() -> store.graduations.get(id).map(graduation -> copy(graduation, graduation.version())));
    }

    @Override
    public List<Graduation> of(GraduationPathwayId pathway, RegistrantId registrant) {
        return store.atomically(() -> store.graduations.all().stream()
                .filter(graduation -> graduation.pathway().equals(pathway) && graduation.registrant().equals(registrant))
                .sorted(Comparator.comparingLong((Graduation graduation) -> graduation.id().value()).reversed())
                .map(graduation -> copy(graduation, graduation.version())).toList());
    }

    private static void requireKnown(boolean known) {
        if (!known) {
            throw new IllegalStateException("The record refers to a pathway, registrant or user that is not stored "
                    + "(foreign key)");
        }
    }

    private static Graduation copy(Graduation graduation, Version version) {
        Graduation.Revocation revocation = graduation.revocation()
                .map(it -> new Graduation.Revocation(it.by(), toMicros(it.at()), it.reason())).orElse(null);
        return Graduation.reconstitute(graduation.id(), graduation.pathway(), graduation.registrant(),
                graduation.graduatedOn(), graduation.recordedBy(), toMicros(graduation.recordedAt()),
                graduation.wasReady(), graduation.readinessPercent(), graduation.reason(), graduation.criteria(),
                revocation, version);
    }
}
