package org.sessiontracking.adapters.web.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.HouseholdComplianceUseCase;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.compliance.HouseholdCompliance;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdsCsvTest {

    @Test
    void eachHouseholdIsOneRowWithItsRuleGranteeStatusAndNote() throws Exception {
        List<HouseholdRow> rows = List.of(
                new HouseholdRow(new RegistrantId(1), "H-1", "Reyes household", "North", 3, 2, 1, HouseholdRule.GRANTEE,
                        Optional.of("Lita Reyes"), ComplianceStatus.COMPLIANT, Optional.empty()),
                new HouseholdRow(new RegistrantId(2), "H-2", "=Cruz", "South", 2, 1, 0, HouseholdRule.GRANTEE,
                        Optional.empty(), ComplianceStatus.NO_DATA, Optional.of(HouseholdCompliance.NO_GRANTEE)));
        HouseholdComplianceUseCase households = new HouseholdComplianceUseCase() {
            public List<HouseholdRow> list(HouseholdCriteria criteria, PageRequest page) {
                return rows;
            }

            public int count(HouseholdCriteria criteria) {
                return rows.size();
            }

            public void export(HouseholdCriteria criteria, Consumer<HouseholdRow> row) {
                rows.forEach(row);
            }
        };
        StringWriter out = new StringWriter();
        HouseholdsCsv.write(households, HouseholdCriteria.of(new SessionTypeId(1),
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))), out);

        assertThat(out.toString().split("\r\n")).containsExactly(
                "external_id,name,area,members,members_counted,members_compliant,rule,grantee,status,note",
                "H-1,Reyes household,North,3,2,1,The grantee attended,Lita Reyes,Compliant,",
                "H-2,\"'=Cruz\",South,2,1,0,The grantee attended,,No data,No grantee");
    }
}
