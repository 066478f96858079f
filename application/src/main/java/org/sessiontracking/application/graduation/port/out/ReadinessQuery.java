package org.sessiontracking.application.graduation.port.out;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.graduation.ReadinessRequest;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A pathway's registrants with each criterion's state, computed by the store for the whole list at once
 * (set-based, on top of the compliance engine and curriculum completion), ordered by name then id; the
 * states and readiness are the domain's ({@link org.sessiontracking.domain.graduation.CriterionState},
 * {@link org.sessiontracking.domain.graduation.Readiness}), and the filter agrees with
 * {@link org.sessiontracking.domain.graduation.Readiness#ready()}.
 */
public interface ReadinessQuery {

    List<ReadinessRow> list(ReadinessRequest request, PageRequest page);

    int count(ReadinessRequest request);

    /** Every row of the list in order, streamed (the export). */
    void forEach(ReadinessRequest request, Consumer<ReadinessRow> row);

    /** The rows of these registrants, whether or not they are on the list (the filter is ignored). */
    List<ReadinessRow> of(ReadinessRequest request, Collection<RegistrantId> registrants);
}
