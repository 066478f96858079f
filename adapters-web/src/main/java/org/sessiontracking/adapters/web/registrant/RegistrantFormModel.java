package org.sessiontracking.adapters.web.registrant;

import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;

import java.time.LocalDate;
import java.util.Optional;

/** What the registrant form edits; turned into domain values only when saving. */
final class RegistrantFormModel {

    private String fullName = "";
    private RegistrantKind kind = RegistrantKind.INDIVIDUAL;
    private GroupRef group;
    private GroupRef grantee;
    private String area = "";
    private Sex sex;
    private LocalDate birthDate;
    private boolean active = true;

    static RegistrantFormModel of(RegistrantSummary registrant, Optional<GroupRef> grantee) {
        RegistrantFormModel model = new RegistrantFormModel();
        model.fullName = registrant.fullName();
        model.kind = registrant.kind();
        model.group = registrant.group().orElse(null);
        model.grantee = grantee.orElse(null);
        model.area = registrant.area();
        model.sex = registrant.sex().orElse(null);
        model.birthDate = registrant.birthDate().orElse(null);
        model.active = registrant.active();
        return model;
    }

    /** Throws the domain's field-named exception when a value is refused. */
    RegistrantDetails details() {
        return new RegistrantDetails(fullName, kind, area, Optional.ofNullable(sex), Optional.ofNullable(birthDate));
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    RegistrantKind getKind() {
        return kind;
    }

    void setKind(RegistrantKind kind) {
        this.kind = kind;
    }

    GroupRef getGroup() {
        return group;
    }

    void setGroup(GroupRef group) {
        this.group = group;
    }

    GroupRef getGrantee() {
        return grantee;
    }

    void setGrantee(GroupRef grantee) {
        this.grantee = grantee;
    }

    String getArea() {
        return area;
    }

    void setArea(String area) {
        this.area = area;
    }

    Sex getSex() {
        return sex;
    }

    void setSex(Sex sex) {
        this.sex = sex;
    }

    LocalDate getBirthDate() {
        return birthDate;
    }

    void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
