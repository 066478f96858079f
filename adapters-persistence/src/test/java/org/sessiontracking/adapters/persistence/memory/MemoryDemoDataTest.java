package org.sessiontracking.adapters.persistence.memory;

import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.demo.DemoData;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data set in memory: the same generator as on PostgreSQL, read back through the adapter's ports. */
class MemoryDemoDataTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    private final MemoryPersistence memory = new MemoryPersistence();

    @Test
    void loadsAYearOfSessionsWithHouseholdsAndAttendanceOnceOnly() {
        DemoData.Result first = new MemoryDemoData(memory, CLOCK).load("demo-hash");

        assertThat(first.loaded()).isTrue();
        assertThat(first.users()).isEqualTo(5);
        assertThat(first.sessions()).isEqualTo(13 * 5 * 2);
        assertThat(memory.registrants().countUpTo(RegistrantFilter.ALL, 1000)).isEqualTo(first.registrants());
        assertThat(new MemoryDemoData(memory, CLOCK).load("demo-hash").loaded()).isFalse();
        assertThat(memory.registrants().countUpTo(RegistrantFilter.ALL, 1000)).isEqualTo(first.registrants());
        assertThat(memory.graduationPathways().list()).singleElement()
                .satisfies(pathway -> assertThat(pathway.name()).isEqualTo("Skills Training graduation"));
    }

    @Test
    void theSessionsAndTheirAttendanceReadBackAsTheApplicationShowsThem() {
        new MemoryDemoData(memory, CLOCK).load("demo-hash");

        List<SessionRow> rows = memory.sessions().list(
                SessionFilter.ALL.withLocationContaining("Barangay San Isidro covered court"), PageRequest.first(20));
        assertThat(rows).hasSize(13);
        assertThat(rows.getFirst().date()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(rows.getFirst().status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(rows.getFirst().title()).isEqualTo("FDS - " + rows.getFirst().topicName().orElseThrow()
                + " - December 2026 - Barangay San Isidro covered court");
        assertThat(rows.get(1).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(rows.get(1).attendanceRecords()).isPositive();
        assertThat(memory.attendance().historyOf(rows.get(1).id())).hasSize(rows.get(1).attendanceRecords());

        SessionType fds = memory.sessionTypes().findByCode("FDS").orElseThrow();
        var compliance = memory.compliance().totals(ComplianceCriteria.of(fds.id(),
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 29))), CompliancePolicy.of(fds));
        assertThat(compliance.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    }
}
