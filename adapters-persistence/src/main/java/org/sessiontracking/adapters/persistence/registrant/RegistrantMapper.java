package org.sessiontracking.adapters.persistence.registrant;

import org.jooq.Record;
import org.sessiontracking.adapters.persistence.jooq.tables.records.RegistrantRecord;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.ExternalId;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;

import java.util.Optional;

import static org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT;

/** Rows to registrants and back. */
final class RegistrantMapper {

    /** The household joined to a registrant row in summaries. */
    static final org.sessiontracking.adapters.persistence.jooq.tables.Registrant GROUP = REGISTRANT.as("grp");

    private RegistrantMapper() {
    }

    static Registrant toDomain(RegistrantRecord row) {
        return Registrant.reconstitute(new RegistrantId(row.getId()), new ExternalId(row.getExternalId()),
                details(row), Optional.ofNullable(row.getGroupId()).map(RegistrantId::new), row.getActive(),
                Optional.ofNullable(row.getGranteeId()).map(RegistrantId::new), new Version(row.getVersion()));
    }

    /** A row of REGISTRANT left-joined to {@link #GROUP}. */
    static RegistrantSummary toSummary(Record joined) {
        RegistrantRecord row = joined.into(REGISTRANT);
        Optional<GroupRef> group = Optional.ofNullable(joined.get(GROUP.ID))
                .map(id -> new GroupRef(new RegistrantId(id), joined.get(GROUP.EXTERNAL_ID), joined.get(GROUP.FULL_NAME)));
        RegistrantDetails details = details(row);
        return new RegistrantSummary(new RegistrantId(row.getId()), row.getExternalId(), details.fullName(),
                details.kind(), group, details.area(), details.sex(), details.birthDate(), row.getActive(),
                Optional.ofNullable(row.getGranteeId()).map(RegistrantId::new), new Version(row.getVersion()));
    }

    static void copyDetails(Registrant registrant, RegistrantRecord row) {
        RegistrantDetails details = registrant.details();
        row.setFullName(details.fullName());
        row.setKind(details.kind().name());
        row.setGroupId(registrant.groupId().map(RegistrantId::value).orElse(null));
        row.setArea(details.area());
        row.setSex(details.sex().map(Sex::name).orElse(null));
        row.setBirthDate(details.birthDate().orElse(null));
        row.setActive(registrant.active());
        row.setGranteeId(registrant.granteeId().map(RegistrantId::value).orElse(null));
    }

    private static RegistrantDetails details(RegistrantRecord row) {
        return new RegistrantDetails(row.getFullName(), RegistrantKind.valueOf(row.getKind()), row.getArea(),
                Optional.ofNullable(row.getSex()).map(Sex::valueOf), Optional.ofNullable(row.getBirthDate()));
    }
}
