package org.sessiontracking.application.registrant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.port.in.EditRegistrantUseCase;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase;
import org.sessiontracking.application.registrant.usecase.EditRegistrant;
import org.sessiontracking.application.registrant.usecase.FindRegistrants;
import org.sessiontracking.application.registrant.usecase.ImportRegistrants;
import org.sessiontracking.application.registrant.usecase.SearchRegistrants;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;
import org.sessiontracking.domain.user.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.application.registrant.ImportRegistrantsTest.HEADER;
import static org.sessiontracking.application.registrant.ImportRegistrantsTest.TODAY;

class RegistrantUseCasesTest {

    private final InMemoryRegistrants registrants = new InMemoryRegistrants();
    private final FixedActor actor = FixedActor.signedIn(Role.MANAGER);
    private final SearchRegistrants search = new SearchRegistrants(registrants, actor);
    private final FindRegistrants find = new FindRegistrants(registrants, actor);
    private final EditRegistrant edit = new EditRegistrant(registrants, actor, TODAY);

    @BeforeEach
    void storeTwoHouseholds() {
        new ImportRegistrants(registrants, actor, TODAY).importRegistrants(new ImportRegistrantsUseCase.Command(Table.of(
                HEADER + ",active",
                "HH-1,Santos Household,HOUSEHOLD,,Barangay 12,,,",
                "IND-1,Maria Santos,INDIVIDUAL,HH-1,Barangay 12,F,1985-03-14,",
                "IND-2,Jose Santos,INDIVIDUAL,HH-1,Barangay 12,M,1983-07-01,",
                "IND-3,Lola Santos,INDIVIDUAL,HH-1,Barangay 12,F,1950-01-01,FALSE",
                "HH-2,Cruz Household,HOUSEHOLD,,Poblacion,,,",
                "IND-4,Ana Cruz,INDIVIDUAL,HH-2,Poblacion,F,,")));
    }

    private RegistrantSummary byExternalId(String externalId) {
        return find.byExternalIds(List.of(externalId)).getFirst();
    }

    private EditRegistrantUseCase.Command editing(RegistrantSummary seen, RegistrantDetails details,
                                                  Optional<RegistrantSummary> group, boolean active) {
        return new EditRegistrantUseCase.Command(seen.id(), seen.version(), details,
                group.map(RegistrantSummary::id), active, seen.granteeId());
    }

    private static RegistrantDetails details(String name, RegistrantKind kind, String area) {
        return new RegistrantDetails(name, kind, area, Optional.of(Sex.FEMALE), Optional.of(LocalDate.of(1985, 3, 14)));
    }

    @Test
    void searchFiltersByAreaAndCountsWithACap() {
        assertThat(search.search(RegistrantFilter.ALL.withArea("Poblacion"), PageRequest.first(10)))
                .extracting(RegistrantSummary::externalId).containsExactly("IND-4", "HH-2");
        assertThat(search.count(RegistrantFilter.text("santos"))).isEqualTo(new RegistrantCount(4, true));
        assertThat(search.areas()).containsExactly("Barangay 12", "Poblacion");
        assertThat(RegistrantCount.capped(10_001, 10_000).label()).isEqualTo("more than 10,000");
    }

    @Test
    void aViewerReadsButMayNotEdit() {
        actor.switchTo(FixedActor.signedIn(Role.VIEWER).get());
        RegistrantSummary maria = byExternalId("IND-1");
        assertThat(search.get(maria.id())).contains(maria);
        assertThatThrownBy(() -> edit.edit(editing(maria, details("X", RegistrantKind.INDIVIDUAL, ""),
                Optional.empty(), true))).isInstanceOf(AccessDeniedException.class);
        actor.switchTo(FixedActor.signedIn(Role.STAFF).get());
        assertThatThrownBy(() -> edit.edit(editing(maria, details("X", RegistrantKind.INDIVIDUAL, ""),
                Optional.empty(), true))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagerMovesARegistrantToAnotherHousehold() {
        RegistrantSummary maria = byExternalId("IND-1");
        RegistrantSummary saved = edit.edit(editing(maria, details("Maria Cruz", RegistrantKind.INDIVIDUAL, "Poblacion"),
                Optional.of(byExternalId("HH-2")), true));
        assertThat(saved.fullName()).isEqualTo("Maria Cruz");
        assertThat(saved.group()).map(RegistrantSummary.GroupRef::externalId).contains("HH-2");
        assertThat(saved.version()).isEqualTo(new Version(1));
    }

    @Test
    void anEditBasedOnAnOldVersionIsAConflict() {
        RegistrantSummary seen = byExternalId("IND-1");
        edit.edit(editing(seen, details("First", RegistrantKind.INDIVIDUAL, ""), Optional.empty(), true));
        assertThatThrownBy(() -> edit.edit(editing(seen, details("Second", RegistrantKind.INDIVIDUAL, ""),
                Optional.empty(), true))).isInstanceOf(ConcurrentModificationException.class)
                .hasMessageContaining("'IND-1' was changed by someone else");
        assertThat(byExternalId("IND-1").fullName()).isEqualTo("First");
    }

    @Test
    void aHouseholdWithMembersCannotBecomeAnIndividualNorJoinAnIndividual() {
        RegistrantSummary household = byExternalId("HH-1");
        assertThatThrownBy(() -> edit.edit(editing(household, details("Santos", RegistrantKind.INDIVIDUAL, ""),
                Optional.empty(), true)))
                .isInstanceOf(DomainException.class)
                .hasMessage("This household still has 3 members: move them to another household first");
        RegistrantSummary maria = byExternalId("IND-1");
        assertThatThrownBy(() -> edit.edit(editing(maria, details("Maria", RegistrantKind.INDIVIDUAL, ""),
                Optional.of(byExternalId("IND-2")), true)))
                .hasMessage("'IND-2' is an individual, not a household: only households can have members");
        assertThatThrownBy(() -> edit.edit(editing(maria, new RegistrantDetails("Maria", RegistrantKind.INDIVIDUAL, "",
                Optional.empty(), Optional.of(LocalDate.of(2026, 11, 30))), Optional.empty(), true)))
                .hasMessage("Birth date cannot be in the future, got 2026-11-30");
    }

    @Test
    void aManagerDesignatesAHouseholdsGranteeAmongItsMembersAndClearsIt() {
        RegistrantSummary household = byExternalId("HH-1");
        RegistrantSummary maria = byExternalId("IND-1");
        RegistrantSummary saved = edit.edit(new EditRegistrantUseCase.Command(household.id(), household.version(),
                details("Santos Household", RegistrantKind.GROUP, "Barangay 12"), Optional.empty(), true,
                Optional.of(maria.id())));
        assertThat(saved.granteeId()).contains(maria.id());
        assertThat(byExternalId("HH-1").granteeId()).contains(maria.id());

        RegistrantSummary ana = byExternalId("IND-4");
        assertThatThrownBy(() -> edit.edit(new EditRegistrantUseCase.Command(household.id(), saved.version(),
                details("Renamed", RegistrantKind.GROUP, ""), Optional.empty(), true, Optional.of(ana.id()))))
                .isInstanceOf(DomainException.class)
                .hasMessage("The grantee must be a member of the household; 'IND-4' is not a member of HH-1");
        assertThatThrownBy(() -> edit.edit(new EditRegistrantUseCase.Command(maria.id(), maria.version(),
                details("Maria Santos", RegistrantKind.INDIVIDUAL, ""), maria.group().map(RegistrantSummary.GroupRef::id), true,
                Optional.of(maria.id())))).hasMessage("Only a household has a grantee; IND-1 is an individual");
        RegistrantSummary unchanged = byExternalId("HH-1");
        assertThat(unchanged.fullName()).isEqualTo("Santos Household");
        assertThat(unchanged.granteeId()).contains(maria.id());

        RegistrantSummary cleared = edit.edit(new EditRegistrantUseCase.Command(unchanged.id(), unchanged.version(),
                details("Santos Household", RegistrantKind.GROUP, ""), Optional.empty(), true, Optional.empty()));
        assertThat(cleared.granteeId()).isEmpty();
    }

    @Test
    void otherFeaturesFindActiveMembersOfAHouseholdOrAnAreaAndRegistrantsByExternalId() {
        assertThat(find.activeMembersOf(byExternalId("HH-1").id())).extracting(RegistrantSummary::externalId)
                .containsExactly("IND-2", "IND-1");
        assertThat(find.activeIndividualsIn(" Barangay 12 ")).extracting(RegistrantSummary::externalId)
                .containsExactly("IND-2", "IND-1");
        assertThat(find.byExternalIds(List.of("IND-3", "NOPE", "IND-4"))).extracting(RegistrantSummary::externalId)
                .containsExactly("IND-3", "IND-4");
        assertThatThrownBy(() -> find.activeIndividualsIn(" ")).hasMessage("Choose an area");
    }
}
