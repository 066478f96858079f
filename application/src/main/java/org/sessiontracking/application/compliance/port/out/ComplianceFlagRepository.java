package org.sessiontracking.application.compliance.port.out;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.FlagFilter;
import org.sessiontracking.application.compliance.FlagRow;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;

import java.util.List;
import java.util.Optional;

/** Stores the follow-up and exclusion flags raised from the compliance list. */
public interface ComplianceFlagRepository {

    ComplianceFlagId nextId();

    Optional<ComplianceFlag> findById(ComplianceFlagId id);

    void add(ComplianceFlag flag);

    /** Stores the resolution if the stored version is still {@code flag.version()}; else ConcurrentModificationException. */
    void update(ComplianceFlag flag);

    /**
     * Latest raised first (the later id first when raised at the same instant). No other order is offered:
     * a page with sort orders is refused with IllegalArgumentException.
     */
    List<FlagRow> list(FlagFilter filter, PageRequest page);

    int count(FlagFilter filter);
}
