package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The judged compliance list of a whole type, period and policy for the adapter's other features (a
 * graduation pathway's attendance criteria): the compliance grid's {@link ComplianceSnapshots snapshot} of
 * that list, brought up to date (or computed) exactly as for the grid, and read in place by the caller's
 * statement through its rows ({@value #ROWS}, joined on the snapshot's id). So a full pass over a pathway
 * reads what the grid keeps instead of judging every registrant again.
 */
public final class CurrentComplianceLists {

    /**
     * A snapshot's rows, one per registrant with a counted record of the type in the period:
     * {@code (snapshot_id, registrant_id, p, a, e, attended, counted, status, rate, name_key, area_key)}, as
     * {@link ComplianceSql#JUDGED_ALL} computes them.
     */
    public static final String ROWS = "compliance_snapshot_row";

    /**
     * A condition true while the snapshot (bind: its id) exists, in the statement's database snapshot: a
     * statement that requires it reads either all of the snapshot's rows or none (its rows are removed
     * with it, in one transaction), so a reader that finds it removed afterwards and reads again has
     * streamed nothing twice.
     */
    public static final String PRESENT = "exists (select 1 from compliance_snapshot where id = ?)";

    /** One judged list: a type's registrants with a counted record in the period, under the policy. */
    public record Judged(SessionTypeId type, Period period, CompliancePolicy policy) {
    }

    private final ComplianceSnapshots snapshots;

    public CurrentComplianceLists(DSLContext db) {
        this.snapshots = new ComplianceSnapshots(db);
    }

    /**
     * Runs {@code reader} with the ids of the lists' up-to-date snapshots, in the lists' order; again, with
     * the snapshots found (or computed) anew, when one of them was removed meanwhile by a concurrent request.
     */
    public <T> T read(List<Judged> lists, Function<List<Long>, T> reader) {
        return read(lists, new ArrayList<>(), reader);
    }

    private <T> T read(List<Judged> lists, List<Long> ids, Function<List<Long>, T> reader) {
        if (ids.size() == lists.size()) {
            return reader.apply(List.copyOf(ids));
        }
        Judged list = lists.get(ids.size());
        return snapshots.read(ComplianceCriteria.of(list.type(), list.period()), list.policy(), snapshot -> {
            ids.add(snapshot.id());
            try {
                return read(lists, ids, reader);
            } finally {
                ids.removeLast();
            }
        });
    }
}
