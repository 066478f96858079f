package org.sessiontracking.application.registrant.port.in;

import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Collection;
import java.util.List;

/**
 * Bulk look-ups for features that act on many registrants at once: adding a whole household or a
 * whole area to a session, or matching a sign-in sheet's external ids. Anyone signed in may read.
 */
public interface FindRegistrantsUseCase {

    /** The most registrants one look-up of a group or an area returns; more is refused with a message. */
    int MAX_RESULTS = 10_000;

    /** The stored registrants with these external ids (exact, case-sensitive), active or not; unknown ids are left out. */
    List<RegistrantSummary> byExternalIds(Collection<String> externalIds);

    /** The active members of a household, by name. */
    List<RegistrantSummary> activeMembersOf(RegistrantId groupId);

    /** The active individuals of an area (households left out), by name. */
    List<RegistrantSummary> activeIndividualsIn(String area);
}
