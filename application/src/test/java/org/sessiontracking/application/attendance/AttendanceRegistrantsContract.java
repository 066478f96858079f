package org.sessiontracking.application.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link AttendanceRegistrants} must do, on PostgreSQL, in memory and on the fake. Names, ids and
 * areas carry a per-test prefix because the real database may hold other registrants.
 */
public abstract class AttendanceRegistrantsContract {

    protected final String prefix = "R" + UUID.randomUUID().toString().substring(0, 8);

    protected abstract AttendanceRegistrants registrants();

    protected abstract RegistrantSummary addGroup(String externalId, String name, String area);

    protected abstract RegistrantSummary addIndividual(String externalId, String name, RegistrantSummary group,
                                                       String area);

    protected abstract RegistrantSummary addInactive(String externalId, String name, String area);

    @Test
    void searchesActiveRegistrantsByNameOrExternalIdIgnoringCaseSortedByName() {
        RegistrantSummary household = addGroup(prefix + "-H1", prefix + " Dela Cruz household", prefix + "-Area");
        RegistrantSummary maria = addIndividual(prefix + "-001", prefix + " Maria Dela Cruz", household, prefix + "-Area");
        RegistrantSummary jose = addIndividual(prefix + "-002", prefix + " Jose Santos", null, prefix + "-Area");
        addInactive(prefix + "-003", prefix + " Gone Away", prefix + "-Area");

        assertThat(registrants().search(new RegistrantQuery(prefix.toLowerCase(), false), PageRequest.first(10)))
                .containsExactly(household, jose, maria);
        assertThat(maria.groupName()).isEqualTo(household.name());
        assertThat(registrants().count(new RegistrantQuery(prefix, false))).isEqualTo(3);
        assertThat(registrants().search(new RegistrantQuery(prefix + "-002", false), PageRequest.first(10)))
                .containsExactly(jose);
        assertThat(registrants().search(new RegistrantQuery(prefix, true), PageRequest.first(10)))
                .containsExactly(household);
        assertThat(registrants().search(new RegistrantQuery(prefix, false), new PageRequest(1, 1, List.of())))
                .containsExactly(jose);
    }

    @Test
    void findsTheActiveMembersOfAGroupAndTheIndividualsOfAnArea() {
        String area = prefix + " Barangay 12";
        RegistrantSummary household = addGroup(prefix + "-H1", prefix + " Household", area);
        RegistrantSummary b = addIndividual(prefix + "-b", prefix + " Bea", household, area);
        RegistrantSummary a = addIndividual(prefix + "-a", prefix + " Ana", household, prefix + " Elsewhere");
        RegistrantSummary c = addIndividual(prefix + "-c", prefix + " Carlo", null, area);
        addInactive(prefix + "-d", prefix + " Dan", area);

        assertThat(registrants().membersOf(household.id())).containsExactly(a, b);
        assertThat(registrants().inArea(area.toUpperCase())).containsExactly(b, c);
        assertThat(registrants().areas()).contains(area, prefix + " Elsewhere");
    }

    @Test
    void findsByIdsAndExternalIdsInBulkLeavingUnknownOnesOut() {
        RegistrantSummary ana = addIndividual(prefix + "-1", prefix + " Ana", null, "");
        RegistrantSummary gone = addInactive(prefix + "-2", prefix + " Gone", "");

        assertThat(registrants().byIds(List.of(ana.id(), gone.id(), new RegistrantId(987654321))))
                .containsOnlyKeys(ana.id(), gone.id());
        assertThat(registrants().byExternalIds(List.of(prefix + "-1", prefix + "-2", prefix + "-404")))
                .containsOnlyKeys(prefix + "-1", prefix + "-2")
                .containsEntry(prefix + "-1", ana);
    }
}
