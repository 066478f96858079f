package org.sessiontracking.application.registrant.port.out;

import org.sessiontracking.domain.registrant.RegistrantKind;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What an import needs to know about stored registrants, and the bulk write of a checked file. */
public interface RegistrantImportStore {

    /** The kind of each stored registrant among these external ids (any number of them); unknown ids are left out. */
    Map<String, RegistrantKind> kindsOf(Collection<String> externalIds);

    /** The external ids of the stored members of these households, by household external id. */
    Map<String, List<String>> membersOf(Collection<String> groupExternalIds);

    /**
     * Creates the registrants whose external id is new and updates the others (incrementing their
     * version when something changed), households before their members, in bulk. The rows are
     * already checked: external ids are unique and every group is a household here or in the store.
     */
    Counts store(List<ImportedRegistrant> registrants);

    record Counts(int created, int updated, int unchanged) {
    }
}
