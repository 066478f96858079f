package org.sessiontracking.domain.registrant;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.registrant.RegistrantBuilder.TODAY;
import static org.sessiontracking.domain.registrant.RegistrantBuilder.aHousehold;
import static org.sessiontracking.domain.registrant.RegistrantBuilder.aRegistrant;

class RegistrantTest {

    @Test
    void aHouseholdsGranteeIsOneOfItsMembers() {
        Registrant household = aHousehold().id(10).build();
        Registrant maria = aRegistrant().id(11).memberOf(household).build();
        Registrant stranger = aRegistrant().id(12).externalId("X-12").build();
        household.designateGrantee(Optional.of(maria));
        assertThat(household.granteeId()).contains(maria.id());

        assertThatThrownBy(() -> household.designateGrantee(Optional.of(stranger)))
                .isInstanceOf(DomainException.class).hasMessageContaining("must be a member of the household");
        assertThat(household.granteeId()).contains(maria.id());
        assertThatThrownBy(() -> maria.designateGrantee(Optional.of(stranger)))
                .hasMessageContaining("Only a household has a grantee");
        household.designateGrantee(Optional.empty());
        assertThat(household.granteeId()).isEmpty();
    }

    @Test
    void aNewRegistrantIsActiveAtVersionZeroAndMayJoinAHousehold() {
        Registrant household = aHousehold().id(10).build();
        Registrant maria = aRegistrant().memberOf(household).build();
        assertThat(maria.active()).isTrue();
        assertThat(maria.version()).isEqualTo(Version.NEW);
        assertThat(maria.groupId()).contains(household.id());
    }

    @Test
    void theExternalIdIsTrimmedAndLimitedToASafeCharacterSet() {
        assertThat(new ExternalId("  HH-2024/000.12:a_b ").value()).isEqualTo("HH-2024/000.12:a_b");
        assertThatThrownBy(() -> new ExternalId(" ")).hasMessage("External id is required");
        assertThatThrownBy(() -> new ExternalId("HH 12"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("got 'HH 12'");
        assertThatThrownBy(() -> new ExternalId("-12")).hasMessageContaining("must start with a letter or digit");
        assertThatThrownBy(() -> new ExternalId("X".repeat(41)))
                .hasMessage("External id must be at most 40 characters, got 41");
    }

    @Test
    void fullNameAndKindAreRequiredAndTheAreaIsTrimmed() {
        assertThatThrownBy(() -> aRegistrant().fullName("  ").details())
                .isInstanceOf(InvalidValueException.class).hasMessage("Full name is required")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("fullName"));
        assertThatThrownBy(() -> aRegistrant().kind(null).details()).hasMessageContaining("Kind is required");
        assertThat(aRegistrant().area("  Barangay 7 ").details().area()).isEqualTo("Barangay 7");
        assertThat(aRegistrant().area(null).details().area()).isEmpty();
        assertThat(aRegistrant().fullName(" Peña, María José\r\n(called  Majo) ").details().fullName())
                .as("a name is kept on one line").isEqualTo("Peña, María José (called Majo)");
    }

    @Test
    void aBirthDateInTheFutureIsRefusedButTodayIsAccepted() {
        assertThat(aRegistrant().birthDate(TODAY).build().details().birthDate()).contains(TODAY);
        assertThatThrownBy(() -> aRegistrant().birthDate(TODAY.plusDays(1)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Birth date cannot be in the future, got 2026-11-30")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("birthDate"));
        assertThatThrownBy(() -> aRegistrant().birthDate(LocalDate.of(1899, 12, 31)).details())
                .hasMessage("Birth date must be 1900-01-01 or later, got 1899-12-31");
    }

    @Test
    void onlyAnIndividualCanBelongAndOnlyToAHousehold() {
        Registrant household = aHousehold().id(10).build();
        Registrant individual = aRegistrant().id(11).externalId("IND-0002").build();
        assertThatThrownBy(() -> aHousehold().id(12).externalId("HH-2").memberOf(household).build())
                .isInstanceOf(DomainException.class)
                .hasMessage("A household cannot belong to another household ('HH-0001')");
        assertThatThrownBy(() -> aRegistrant().memberOf(individual).build())
                .hasMessage("'IND-0002' is an individual, not a household: only households can have members")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("group"));
    }

    @Test
    void editingChangesDetailsGroupAndActiveFlagUnderTheSameRules() {
        Registrant household = aHousehold().id(10).build();
        Registrant maria = aRegistrant().build();
        maria.edit(aRegistrant().fullName("Maria Santos-Reyes").area("Barangay 3").sex(null).details(),
                Optional.of(household), false, TODAY);
        assertThat(maria.fullName()).isEqualTo("Maria Santos-Reyes");
        assertThat(maria.details().area()).isEqualTo("Barangay 3");
        assertThat(maria.details().sex()).isEmpty();
        assertThat(maria.groupId()).contains(household.id());
        assertThat(maria.active()).isFalse();

        assertThatThrownBy(() -> maria.edit(aRegistrant().birthDate(TODAY.plusYears(1)).details(), Optional.empty(),
                true, TODAY)).hasMessageContaining("in the future");
        assertThat(maria.active()).isFalse();
    }

    @Test
    void aHouseholdThatBecomesAnIndividualCannotJoinItself() {
        Registrant household = aHousehold().id(10).build();
        assertThatThrownBy(() -> household.edit(aRegistrant().details(), Optional.of(household), true, TODAY))
                .hasMessage("A registrant cannot belong to itself");
        assertThat(household.kind()).isEqualTo(RegistrantKind.GROUP);
    }
}
