package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.apitoken.ApiTokenId;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The data of the in-memory adapter: one table per stored aggregate, shared by every port of
 * {@link MemoryPersistence}, so that what one port writes the others read (as the database's tables are).
 * <p>
 * Every access holds one lock (users of the application are served one at a time: it need not be fast).
 * A {@link UnitOfWork} holds it from its start to its end and logs how to undo each write; rolling it back
 * undoes them in reverse order, so that a failed use case leaves the data exactly as it was. A port
 * called outside a unit of work runs in one of its own. Ids come from sequences that, like PostgreSQL's,
 * are not rolled back.
 */
public final class MemoryStore {

    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private boolean rollbackOnly;

    final MemoryTable<SessionTypeId, SessionType> types = new MemoryTable<>(this);
    final MemoryTable<UserId, User> users = new MemoryTable<>(this);
    final MemoryTable<RegistrantId, Registrant> registrants = new MemoryTable<>(this);
    final MemoryTable<SessionId, Session> sessions = new MemoryTable<>(this);
    final MemoryTable<AttendanceKey, AttendanceRecord> attendance = new MemoryTable<>(this);
    final MemoryTable<ComplianceFlagId, ComplianceFlag> flags = new MemoryTable<>(this);
    final MemoryTable<EligibilityRuleId, EligibilityRule> rules = new MemoryTable<>(this);
    final MemoryTable<ApiTokenId, ApiToken> tokens = new MemoryTable<>(this);
    final MemoryTable<SyncMarkKey, AttendanceSyncMarks.AppliedMark> syncMarks = new MemoryTable<>(this);
    final MemoryTable<CaseId, Case> cases = new MemoryTable<>(this);
    final MemoryTable<org.sessiontracking.domain.verification.VerificationPeriodId,
            org.sessiontracking.domain.verification.VerificationPeriod> periods = new MemoryTable<>(this);
    final MemoryTable<MemoryFrozenLists.Key, MemoryFrozenLists.Frozen> frozen = new MemoryTable<>(this);
    final MemoryTable<org.sessiontracking.domain.verification.LateCorrectionId,
            org.sessiontracking.domain.verification.LateCorrection> lateCorrections = new MemoryTable<>(this);
    final MemoryTable<ExemptionId, MemoryExemptionRepository.Stored> exemptions = new MemoryTable<>(this);
    final MemoryTable<org.sessiontracking.domain.enrolment.EnrolmentId, MemoryEnrolmentRepository.Stored> enrolments =
            new MemoryTable<>(this);
    final MemoryTable<org.sessiontracking.domain.graduation.GraduationPathwayId,
            org.sessiontracking.domain.graduation.GraduationPathway> pathways = new MemoryTable<>(this);
    final MemoryTable<AssessmentKey, org.sessiontracking.domain.graduation.Assessment> assessments =
            new MemoryTable<>(this);
    final MemoryTable<org.sessiontracking.domain.graduation.GraduationId,
            org.sessiontracking.domain.graduation.Graduation> graduations = new MemoryTable<>(this);
    private final List<AttendanceChange> history = new ArrayList<>();

    final AtomicLong typeIds = new AtomicLong();
    final AtomicLong topicIds = new AtomicLong();
    final AtomicLong userIds = new AtomicLong();
    final AtomicLong registrantIds = new AtomicLong();
    final AtomicLong sessionIds = new AtomicLong();
    final AtomicLong flagIds = new AtomicLong();
    final AtomicLong ruleIds = new AtomicLong();
    final AtomicLong tokenIds = new AtomicLong();
    final AtomicLong caseIds = new AtomicLong();
    final AtomicLong periodIds = new AtomicLong();
    final AtomicLong correctionIds = new AtomicLong();
    final AtomicLong exemptionIds = new AtomicLong();
    final AtomicLong enrolmentIds = new AtomicLong();
    final AtomicLong pathwayIds = new AtomicLong();
    final AtomicLong criterionIds = new AtomicLong();
    final AtomicLong graduationIds = new AtomicLong();

    /** An assessment's key: one verdict per assessed criterion and registrant. */
    record AssessmentKey(org.sessiontracking.domain.graduation.CriterionId criterion, RegistrantId registrant) {
    }

    /** An applied offline mark's key: a client's mark id, within one session. */
    record SyncMarkKey(SessionId session, String clientMarkId) {
    }

    /** One attendance record's key: a registrant has at most one record per session. */
    record AttendanceKey(SessionId session, RegistrantId registrant) {
    }

    /** An empty store with the four pre-configured session types of product.md (as the first migration adds). */
    public MemoryStore() {
        atomically(() -> {
            preconfigured("Training Session", "TRAINING", "Skills development training", Frequency.MONTHLY, 3, 80,
                    "Business Skills", "Agriculture", "Digital Literacy");
            preconfigured("Group Meeting", "MEETING", "Peer support group", Frequency.BI_WEEKLY, 2, 75);
            preconfigured("Family Development Session", "FDS", "Family welfare education", Frequency.MONTHLY, 2, 85,
                    "Nutrition", "Education", "Financial Literacy", "Health", "Child Protection");
            preconfigured("Workshop", "WORKSHOP", "Specialized topic workshop", Frequency.ONE_TIME, 4, 90);
            return null;
        });
    }

    private void preconfigured(String name, String code, String description, Frequency frequency, int hours,
                               int required, String... topics) {
        SessionTypeId id = new SessionTypeId(typeIds.incrementAndGet());
        List<Topic> topicList = new ArrayList<>();
        for (String topic : topics) {
            topicList.add(new Topic(new TopicId(topicIds.incrementAndGet()), topic, true));
        }
        types.put(id, SessionType.reconstitute(id, new SessionTypeDetails(name, Optional.of(code), description,
                frequency, BigDecimal.valueOf(hours), required, ExcusedPolicy.LEFT_OUT), topics.length > 0,
                topicList, true, Version.NEW));
    }

    /**
     * Starts a unit of work on this thread: it holds the store until {@link UnitOfWork#commit()} or
     * {@link UnitOfWork#rollback()}. Started inside another one, it joins it: only the outermost one ends it.
     */
    public UnitOfWork begin() {
        lock.lock();
        boolean outermost = lock.getHoldCount() == 1;
        if (outermost) {
            undo.clear();
            rollbackOnly = false;
        }
        return new UnitOfWork(outermost);
    }

    /** Runs the work in a unit of work of its own (or the one under way on this thread). */
    public <T> T atomically(Supplier<T> work) {
        UnitOfWork unit = begin();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            unit.rollback();
            throw failure;
        }
        unit.commit();
        return result;
    }

    /** Refuses a write outside a unit of work: it could be neither undone nor kept from other users. */
    void requireUnitOfWork() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("the in-memory store is written only inside a unit of work");
        }
    }

    /** Records how to undo a write made in the current unit of work. */
    void onUndo(Runnable action) {
        requireUnitOfWork();
        undo.push(action);
    }

    List<AttendanceChange> history() {
        return List.copyOf(history);
    }

    void appendHistory(AttendanceChange change) {
        requireUnitOfWork();
        history.add(change);
        onUndo(() -> history.removeLast());
    }

    /** One transaction: see {@link #begin()}. */
    public final class UnitOfWork {

        private final boolean outermost;
        private boolean ended;

        private UnitOfWork(boolean outermost) {
            this.outermost = outermost;
        }

        /** Keeps the writes, unless a joined unit of work was rolled back: then undoes them all. */
        public void commit() {
            end(rollbackOnly);
        }

        public void rollback() {
            end(true);
        }

        private void end(boolean undoWrites) {
            if (ended) {
                throw new IllegalStateException("this unit of work has already ended");
            }
            ended = true;
            try {
                if (!outermost) {
                    rollbackOnly |= undoWrites;
                    return;
                }
                if (undoWrites) {
                    while (!undo.isEmpty()) {
                        undo.pop().run();
                    }
                }
                undo.clear();
                rollbackOnly = false;
            } finally {
                lock.unlock();
            }
        }
    }
}
