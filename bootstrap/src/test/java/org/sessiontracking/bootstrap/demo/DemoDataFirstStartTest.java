package org.sessiontracking.bootstrap.demo;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.SessionTrackingApplication;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.Username;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start with the demo data, as the README shows it: the administrator account is created
 * too, although the demo data brings users of its own (it used to be skipped, leaving nobody who
 * could configure the system). Which runner Spring happens to call first differs between the
 * packaged jar and the test classpath, so the order they are given is checked as well.
 */
@SpringBootTest(classes = SessionTrackingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "sessiontracking.database.embedded.data-dir=${java.io.tmpdir}/session-tracking-tests/${random.uuid}",
                "sessiontracking.demo-data=true",
                "sessiontracking.database.embedded.durable=false",
                "sessiontracking.admin.username=first-admin",
                "sessiontracking.admin.password=first-admin-password"
        })
class DemoDataFirstStartTest {

    @Autowired
    UserRepository users;

    @Autowired
    ObjectProvider<ApplicationRunner> runners;

    @Autowired
    @Qualifier("demoDataLoader")
    ApplicationRunner demoDataLoader;

    @Test
    void theFirstStartWithDemoDataCreatesTheAdministratorAndTheDemoUsers() {
        assertThat(users.findByUsername(new Username("first-admin")))
                .hasValueSatisfying(admin -> assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR));
        assertThat(users.findByUsername(new Username("maria.santos"))).isPresent();
    }

    @Test
    void theAdministratorIsCreatedBeforeTheDemoDataAddsItsUsers() {
        List<ApplicationRunner> inOrder = runners.orderedStream().toList();
        int administrator = -1;
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i).getClass().getSimpleName().equals("InitialAdministrator")) {
                administrator = i;
            }
        }
        assertThat(administrator).isNotNegative().isLessThan(inOrder.indexOf(demoDataLoader));
    }
}
