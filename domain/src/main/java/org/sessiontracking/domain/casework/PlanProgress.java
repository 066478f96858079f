package org.sessiontracking.domain.casework;

import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A case plan's progress from the registrant's attendance. "Attended" is the compliance rule's:
 * {@link CountedRecords} decides which records count (not cancelled, the item's type, inside its window)
 * and the type's {@link CompliancePolicy} turns them into attended (Present, and Excused where the type
 * counts it as present). For each item:
 * <ul>
 *   <li>attended of required, and the ratio min(attended, required) / required;</li>
 *   <li>overdue: the due date has passed (today is after it) and the item is not met;</li>
 *   <li>its state by the plan's thresholds: Compliant at or above the compliant threshold; below it, In
 *       progress until the due date, then Partial at or above the partial threshold, else Non-compliant.</li>
 * </ul>
 * The whole plan: the capped attended over all items' required, judged the same way, In progress while
 * no item is overdue.
 */
public record PlanProgress(List<ItemProgress> items, int met, int required, int overdue, ProgressState state) {

    /** One of the registrant's attendance records with its session. */
    public record Attendance(SessionId session, CountedRecords.AttendanceRecord record) {
        public Attendance {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(record, "record");
        }
    }

    public record ItemProgress(PlanItem item, int attended, int required, boolean overdue, ProgressState state) {

        /** attended, at most required: what counts toward the thresholds. */
        public int met() {
            return Math.min(attended, required);
        }

        public double ratio() {
            return (double) met() / required;
        }

        public boolean complete() {
            return attended >= required;
        }
    }

    public PlanProgress {
        items = List.copyOf(items);
    }

    /**
     * @param policies the compliance policy of every type the plan names, and of the type of every session
     *                 it names
     */
    public static PlanProgress of(Case plan, List<Attendance> attendance, Map<SessionTypeId, CompliancePolicy> policies,
                                  LocalDate today) {
        List<ItemProgress> progress = new ArrayList<>();
        int met = 0;
        int required = 0;
        int overdue = 0;
        for (PlanItem item : plan.items()) {
            int attended = attended(plan, item, attendance, policies);
            int needed = item.requirement().required();
            boolean due = today.isAfter(item.dueOn());
            ItemProgress itemProgress = new ItemProgress(item, attended, needed, due && attended < needed,
                    plan.thresholds().judge(Math.min(attended, needed), needed, due));
            progress.add(itemProgress);
            met += itemProgress.met();
            required += needed;
            overdue += itemProgress.overdue() ? 1 : 0;
        }
        return new PlanProgress(progress, met, required, overdue, state(plan.thresholds(), met, required, overdue));
    }

    /**
     * The whole plan's state from its sums: {@code met} (capped attended) of {@code required} sessions, with
     * {@code overdue} items; for lists that add the sums up in the store.
     */
    public static ProgressState state(PlanThresholds thresholds, int met, int required, int overdue) {
        return required == 0 ? ProgressState.NO_ITEMS : thresholds.judge(met, required, overdue > 0);
    }

    private static int attended(Case plan, PlanItem item, List<Attendance> attendance,
                                Map<SessionTypeId, CompliancePolicy> policies) {
        return switch (item.requirement()) {
            case PlanRequirement.AttendSession(SessionId session) -> attendance.stream()
                    .filter(line -> line.session().equals(session))
                    .mapToInt(line -> attended(List.of(line.record()), line.record().type(), line.record().date(),
                            line.record().date(), policies))
                    .sum();
            case PlanRequirement.AttendSessionsOfType(SessionTypeId type, int count) -> attended(
                    attendance.stream().map(Attendance::record).toList(), type, item.windowStart(plan.openedOn()),
                    item.dueOn(), policies);
        };
    }

    private static int attended(List<CountedRecords.AttendanceRecord> records, SessionTypeId type, LocalDate from,
                                LocalDate to, Map<SessionTypeId, CompliancePolicy> policies) {
        if (from.isAfter(to)) {
            return 0;
        }
        AttendanceCounts counts = CountedRecords.tally(records, type, from, to);
        CompliancePolicy policy = policies.get(type);
        if (policy == null) {
            throw new IllegalArgumentException("no compliance policy given for session type " + type.value());
        }
        return policy.evaluate(counts).attended();
    }

    /** The whole plan's ratio: empty without items. */
    public OptionalDouble ratio() {
        return required == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met / required);
    }
}
