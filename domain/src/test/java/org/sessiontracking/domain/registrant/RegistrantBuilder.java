package org.sessiontracking.domain.registrant;

import java.time.LocalDate;
import java.util.Optional;

/** Test data builder: an active woman born in 1985 in Barangay 12, in no household, unless told otherwise. */
public final class RegistrantBuilder {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private long id = 1;
    private String externalId = "IND-0001";
    private String fullName = "Maria Santos";
    private RegistrantKind kind = RegistrantKind.INDIVIDUAL;
    private String area = "Barangay 12";
    private Sex sex = Sex.FEMALE;
    private LocalDate birthDate = LocalDate.of(1985, 3, 14);
    private Registrant group;

    public static RegistrantBuilder aRegistrant() {
        return new RegistrantBuilder();
    }

    public static RegistrantBuilder aHousehold() {
        return new RegistrantBuilder().externalId("HH-0001").fullName("Santos Household").kind(RegistrantKind.GROUP)
                .sex(null).birthDate(null);
    }

    public RegistrantBuilder id(long value) {
        this.id = value;
        return this;
    }

    public RegistrantBuilder externalId(String value) {
        this.externalId = value;
        return this;
    }

    public RegistrantBuilder fullName(String value) {
        this.fullName = value;
        return this;
    }

    public RegistrantBuilder kind(RegistrantKind value) {
        this.kind = value;
        return this;
    }

    public RegistrantBuilder area(String value) {
        this.area = value;
        return this;
    }

    public RegistrantBuilder sex(Sex value) {
        this.sex = value;
        return this;
    }

    public RegistrantBuilder birthDate(LocalDate value) {
        this.birthDate = value;
        return this;
    }

    public RegistrantBuilder memberOf(Registrant household) {
        this.group = household;
        return this;
    }

    public RegistrantDetails details() {
        return new RegistrantDetails(fullName, kind, area, Optional.ofNullable(sex), Optional.ofNullable(birthDate));
    }

    public Registrant build() {
        return Registrant.create(new RegistrantId(id), new ExternalId(externalId), details(),
                Optional.ofNullable(group), TODAY);
    }
}
