package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.FlagFilter;
import org.sessiontracking.application.compliance.FlagRow;

import java.util.List;

/** The flags raised from compliance lists, filterable by type, kind and open or resolved. */
public interface ListFlagsUseCase {

    List<FlagRow> list(FlagFilter filter, PageRequest page);

    int count(FlagFilter filter);
}
