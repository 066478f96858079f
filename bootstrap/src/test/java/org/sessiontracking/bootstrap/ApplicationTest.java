package org.sessiontracking.bootstrap;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a fresh embedded PostgreSQL, started once for all tests that extend this
 * class (Spring caches the context because the configuration is the same). Tests share the
 * database, so they create uniquely named data. The database runs with zonky's fast settings (no
 * fsync): a test database may be lost in a crash, the application's never is.
 */
@SpringBootTest(classes = SessionTrackingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "sessiontracking.database.embedded.data-dir=${java.io.tmpdir}/session-tracking-tests/${random.uuid}",
                "sessiontracking.database.embedded.durable=false",
                "sessiontracking.admin.username=" + ApplicationTest.ADMIN,
                "sessiontracking.admin.password=" + ApplicationTest.ADMIN_PASSWORD
        })
public abstract class ApplicationTest {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "application-test-admin";
}
