package org.sessiontracking.bootstrap.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.application.graduation.port.in.GraduationReadinessUseCase;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.SessionTrackingApplication;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.CriterionState;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data's "Skills Training graduation" pathway (use case 2 of the user guide) on the real
 * database, read as a Viewer would: every module attended is required, so the list holds registrants
 * ready to graduate and others whose missing module keeps them from it, whatever their attendance rate.
 */
@SpringBootTest(classes = SessionTrackingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
                "sessiontracking.database.embedded.data-dir=${java.io.tmpdir}/session-tracking-tests/${random.uuid}",
                "sessiontracking.demo-data=true",
                "sessiontracking.database.embedded.durable=false",
                "sessiontracking.admin.password=first-admin-password"
        })
class DemoPathwayTest {

    @Autowired private GraduationPathwayRepository pathways;
    @Autowired private GraduationReadinessUseCase readiness;
    @Autowired private UserRepository users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDemoPathwayGraduatesWhoAttendedEveryModuleAndNotWhoMissedOne() {
        SignedInAs.newUser(users, Role.VIEWER, "demo");
        GraduationPathway pathway = pathways.list().stream()
                .filter(candidate -> candidate.name().equals("Skills Training graduation")).findFirst().orElseThrow();
        assertThat(pathway.criteria()).hasSize(3);
        assertThat(pathway.criteria().getFirst().kind()).isInstanceOf(CriterionKind.CurriculumCompleted.class);
        assertThat(pathway.criteria().getFirst().required()).isTrue();

        PageRequest all = new PageRequest(0, 500, List.of());
        List<ReadinessRow> ready = readiness.list(pathway.id(), ReadinessFilter.READY, "", all);
        List<ReadinessRow> notReady = readiness.list(pathway.id(), ReadinessFilter.NOT_READY, "", all);
        assertThat(ready).isNotEmpty().allSatisfy(row -> assertThat(row.readiness().ready()).isTrue());
        assertThat(notReady).isNotEmpty().allSatisfy(row -> {
            assertThat(row.readiness().ready()).isFalse();
            assertThat(row.readiness().missingRequired()).extracting(CriterionState::criterion)
                    .containsExactly(pathway.criteria().getFirst());
        });
        // 15 members per barangay take the training: everyone on the list is one of them
        assertThat(ready.size() + notReady.size()).isEqualTo(readiness.count(pathway.id(), ReadinessFilter.ALL, ""))
                .isLessThanOrEqualTo(5 * 15);
    }
}
