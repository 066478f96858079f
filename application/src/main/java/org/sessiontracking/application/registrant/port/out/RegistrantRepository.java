package org.sessiontracking.application.registrant.port.out;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and updates registrants one at a time, and searches them. Bulk writes are {@link RegistrantImportStore}'s. */
public interface RegistrantRepository {

    Optional<Registrant> findById(RegistrantId id);

    Optional<RegistrantSummary> summary(RegistrantId id);

    /**
     * Stores the changed registrant if the stored version is still {@code registrant.version()}, and
     * increments the stored version; otherwise throws {@code ConcurrentModificationException}.
     */
    void update(Registrant registrant);

    /**
     * A page of matching registrants; sort properties are those of {@link RegistrantFilter.SortProperty},
     * the default order is by name. Names sort by their lower-case characters' code points.
     */
    List<RegistrantSummary> search(RegistrantFilter filter, PageRequest page);

    /** How many match, but at most {@code cap + 1}: the caller learns "more than cap" without a full count. */
    int countUpTo(RegistrantFilter filter, int cap);

    /** All matching registrants by name; callers check the size with {@link #countUpTo} first. */
    List<RegistrantSummary> list(RegistrantFilter filter);

    /** The distinct non-empty areas, in order. */
    List<String> areas();

    /** The registrants with these external ids; unknown ids are left out. */
    List<RegistrantSummary> findByExternalIds(Collection<String> externalIds);

    /** How many registrants belong to this household. */
    int countMembers(RegistrantId groupId);
}
