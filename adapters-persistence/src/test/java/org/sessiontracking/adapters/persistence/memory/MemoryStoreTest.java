package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.support.StoredData;
import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-memory store's units of work: what a use case transaction on it promises. */
class MemoryStoreTest {

    private final MemoryPersistence memory = new MemoryPersistence();
    private final MemoryStore store = memory.store();
    private final StoredData data = new StoredData(MemoryPorts.of(memory));

    @Test
    void aFailedUnitOfWorkLeavesEveryTableExactlyAsItWas() {
        UserId recorder = data.user("Field Officer");
        SessionId session = data.session(recorder);
        RegistrantId ana = data.registrant();
        data.record(session, ana, AttendanceStatus.PRESENT, recorder);
        List<SessionType> typesBefore = memory.sessionTypes().list(
                org.sessiontracking.application.sessiontype.SessionTypeFilter.ALL,
                org.sessiontracking.application.common.PageRequest.first(100));
        User userBefore = memory.users().findById(recorder).orElseThrow();

        assertThatThrownBy(() -> store.atomically(() -> {
            data.sessionType("Added then undone");
            User renamed = memory.users().findById(recorder).orElseThrow();
            renamed.rename("Renamed Officer");
            memory.users().update(renamed);
            data.record(session, data.registrant(), AttendanceStatus.ABSENT, recorder);
            memory.attendance().store(session, List.of(new org.sessiontracking.domain.attendance.AttendanceSheet.Write(
                    new org.sessiontracking.domain.attendance.AttendanceChange(session, ana,
                            java.util.Optional.of(AttendanceStatus.PRESENT), java.util.Optional.empty(), "left",
                            recorder, java.time.Instant.parse("2026-03-14T18:00:00Z")),
                    java.util.Optional.of(org.sessiontracking.domain.common.Version.NEW))));
            throw new IllegalStateException("the use case fails after its writes");
        })).hasMessage("the use case fails after its writes");

        assertThat(memory.sessionTypes().list(org.sessiontracking.application.sessiontype.SessionTypeFilter.ALL,
                org.sessiontracking.application.common.PageRequest.first(100)))
                .extracting(SessionType::name).isEqualTo(typesBefore.stream().map(SessionType::name).toList());
        User userAfter = memory.users().findById(recorder).orElseThrow();
        assertThat(userAfter.displayName()).isEqualTo(userBefore.displayName());
        assertThat(userAfter.version()).isEqualTo(userBefore.version());
        assertThat(memory.attendance().findBySession(session)).singleElement()
                .satisfies(record -> assertThat(record.registrant()).isEqualTo(ana));
        assertThat(memory.attendance().historyOf(session)).hasSize(1);
        assertThat(memory.registrants().countUpTo(org.sessiontracking.application.registrant.RegistrantFilter.ALL, 10))
                .isEqualTo(1);
    }

    @Test
    void aUnitOfWorkJoinedAndRolledBackUndoesTheOuterOneToo() {
        MemoryStore.UnitOfWork outer = store.begin();
        UserId user = data.user("Outer");
        MemoryStore.UnitOfWork inner = store.begin();
        data.user("Inner");
        inner.rollback();
        outer.commit();

        assertThat(memory.users().findById(user)).isEmpty();
        assertThat(memory.users().isEmpty()).isTrue();
    }

    @Test
    void aCommittedUnitOfWorkKeepsItsWrites() {
        MemoryStore.UnitOfWork unit = store.begin();
        UserId user = data.user("Kept");
        unit.commit();

        assertThat(memory.users().findById(user)).isPresent();
        assertThatThrownBy(unit::commit).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherUserWaitsForTheUnitOfWorkAndNeverSeesItsUnfinishedWrites() throws Exception {
        MemoryStore.UnitOfWork unit = store.begin();
        UserId user = data.user("Not yet committed");
        ExecutorService other = Executors.newSingleThreadExecutor();
        AtomicReference<Thread> otherThread = new AtomicReference<>();
        try {
            Future<Boolean> seen = other.submit(() -> {
                otherThread.set(Thread.currentThread());
                return memory.users().findById(user).isPresent();
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (otherThread.get() == null || otherThread.get().getState() != Thread.State.WAITING) {
                assertThat(System.nanoTime()).as("the other user never waited for the unit of work").isLessThan(deadline);
                Thread.onSpinWait();
            }
            unit.rollback();

            assertThat(seen.get(10, TimeUnit.SECONDS)).isFalse();
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void theStoreIsWrittenOnlyInsideAUnitOfWork() {
        assertThatThrownBy(() -> store.users.put(new UserId(1), null))
                .hasMessage("the in-memory store is written only inside a unit of work");
    }
}
