package org.sessiontracking.bootstrap.scale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The database of the national-scale generator and benchmark: the PostgreSQL at
 * {@code -Dscale.jdbcUrl} (with {@code -Dscale.user}, {@code -Dscale.password}) or else an embedded one
 * kept in {@code -Dscale.dir} (default {@code ${java.io.tmpdir}/session-tracking-scale}) so that the
 * benchmark finds what the generator loaded. Flyway migrates it first.
 */
final class ScaleDatabase implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final DataSource dataSource;

    ScaleDatabase() {
        String url = System.getProperty("scale.jdbcUrl", "");
        if (!url.isBlank()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(System.getProperty("scale.user", "postgres"));
            pg.setPassword(System.getProperty("scale.password", ""));
            embedded = null;
            dataSource = pg;
        } else {
            Path dir = Path.of(System.getProperty("scale.dir",
                    Path.of(System.getProperty("java.io.tmpdir"), "session-tracking-scale").toString()));
            try {
                embedded = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                        .setServerConfig("shared_buffers", "1GB")
                        .setServerConfig("work_mem", "64MB")
                        .setServerConfig("maintenance_work_mem", "512MB")
                        .setServerConfig("max_wal_size", "4GB")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
            }
            dataSource = embedded.getPostgresDatabase();
            System.out.println("embedded PostgreSQL, data in " + dir);
        }
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
