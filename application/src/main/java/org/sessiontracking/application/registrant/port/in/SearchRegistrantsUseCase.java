package org.sessiontracking.application.registrant.port.in;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantCount;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.List;
import java.util.Optional;

/**
 * Anyone signed in searches the registry: the Registrants grid, and the "add registrants" search of
 * the attendance tab. Sort properties are those of {@link RegistrantFilter.SortProperty}.
 */
public interface SearchRegistrantsUseCase {

    /** Counts stop at this many, so that a count stays cheap with a million registrants. */
    int COUNT_CAP = 10_000;

    List<RegistrantSummary> search(RegistrantFilter filter, PageRequest page);

    /** How many match, up to {@link #COUNT_CAP}. */
    RegistrantCount count(RegistrantFilter filter);

    Optional<RegistrantSummary> get(RegistrantId id);

    /** The distinct non-empty areas, in order, for the area filter. */
    List<String> areas();
}
