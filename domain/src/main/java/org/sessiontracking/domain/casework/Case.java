package org.sessiontracking.domain.casework;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case: one registrant (a person or a household) worked by one case worker, with a plan of sessions to
 * attend. It may come from a follow-up flag of the compliance screen and then keeps a link to it. The plan
 * changes only while the case is open; closing says why and is final (a new case is opened instead of
 * reopening, so that a closed case stays the record of what was agreed and done).
 */
public final class Case {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_NOTE_LENGTH = 1000;

    private final CaseId id;
    private final RegistrantId registrant;
    private final Optional<ComplianceFlagId> flag;
    private final UserId openedBy;
    private final LocalDate openedOn;
    private UserId caseWorker;
    private PlanThresholds thresholds;
    private final List<PlanItem> items;
    private Closure closure;
    private final Version version;

    /** Who closed the case, when and why. */
    public record Closure(UserId by, LocalDate on, String note) {
        public Closure {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(on, "on");
            note = Text.required("closingNote", "A closing note", note, MAX_NOTE_LENGTH);
        }
    }

    private Case(CaseId id, RegistrantId registrant, Optional<ComplianceFlagId> flag, UserId openedBy,
                 LocalDate openedOn, UserId caseWorker, PlanThresholds thresholds, List<PlanItem> items,
                 Closure closure, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.registrant = Objects.requireNonNull(registrant, "registrant");
        this.flag = Objects.requireNonNull(flag, "flag");
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
        this.caseWorker = Objects.requireNonNull(caseWorker, "caseWorker");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.items = new ArrayList<>(items);
        this.items.sort(Comparator.comparingInt(PlanItem::number));
        this.closure = closure;
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A new open case with an empty plan and the default thresholds. */
    public static Case open(CaseId id, RegistrantId registrant, UserId caseWorker, Optional<ComplianceFlagId> flag,
                            UserId openedBy, LocalDate openedOn) {
        return new Case(id, registrant, flag, openedBy, openedOn, caseWorker, PlanThresholds.DEFAULT, List.of(),
                null, Version.NEW);
    }

    public static Case reconstitute(CaseId id, RegistrantId registrant, Optional<ComplianceFlagId> flag,
                                    UserId openedBy, LocalDate openedOn, UserId caseWorker, PlanThresholds thresholds,
                                    List<PlanItem> items, Closure closure, Version version) {
        return new Case(id, registrant, flag, openedBy, openedOn, caseWorker, thresholds, items, closure, version);
    }

    /** Adds an item at the end of the plan; it gets the next free number. */
    public PlanItem addItem(PlanRequirement requirement, Optional<LocalDate> startsOn, LocalDate dueOn) {
        requireOpen();
        if (items.size() >= MAX_ITEMS) {
            throw new InvalidValueException("items", "A plan holds at most " + MAX_ITEMS + " items");
        }
        int number = items.stream().mapToInt(PlanItem::number).max().orElse(0) + 1;
        PlanItem item = checked(new PlanItem(number, requirement, startsOn, dueOn));
        items.add(item);
        return item;
    }

    public PlanItem editItem(int number, PlanRequirement requirement, Optional<LocalDate> startsOn, LocalDate dueOn) {
        requireOpen();
        int index = indexOf(number);
        PlanItem item = checked(new PlanItem(number, requirement, startsOn, dueOn));
        items.set(index, item);
        return item;
    }

    public void removeItem(int number) {
        requireOpen();
        items.remove(indexOf(number));
    }

    public void changeThresholds(PlanThresholds newThresholds) {
        requireOpen();
        thresholds = Objects.requireNonNull(newThresholds, "thresholds");
    }

    public void assign(UserId newCaseWorker) {
        requireOpen();
        caseWorker = Objects.requireNonNull(newCaseWorker, "caseWorker");
    }

    public void close(UserId by, LocalDate on, String note) {
        requireOpen();
        closure = new Closure(by, on, note);
    }

    private PlanItem checked(PlanItem item) {
        if (item.dueOn().isBefore(openedOn)) {
            throw new InvalidValueException("dueOn",
                    "The due date (" + item.dueOn() + ") is before the case was opened (" + openedOn + ")");
        }
        return item;
    }

    private int indexOf(int number) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).number() == number) {
                return i;
            }
        }
        throw new DomainException("The plan has no item " + number + " (any more); reload the case");
    }

    private void requireOpen() {
        if (closure != null) {
            throw new DomainException("This case was closed on " + closure.on() + "; its plan cannot change");
        }
    }

    public CaseId id() {
        return id;
    }

    public RegistrantId registrant() {
        return registrant;
    }

    public Optional<ComplianceFlagId> flag() {
        return flag;
    }

    public UserId openedBy() {
        return openedBy;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public UserId caseWorker() {
        return caseWorker;
    }

    public PlanThresholds thresholds() {
        return thresholds;
    }

    public List<PlanItem> items() {
        return List.copyOf(items);
    }

    public Optional<PlanItem> item(int number) {
        return items.stream().filter(item -> item.number() == number).findFirst();
    }

    public CaseStatus status() {
        return closure == null ? CaseStatus.OPEN : CaseStatus.CLOSED;
    }

    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }

    public Version version() {
        return version;
    }
}
