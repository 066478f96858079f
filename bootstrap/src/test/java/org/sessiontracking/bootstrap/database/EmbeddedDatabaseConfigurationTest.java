package org.sessiontracking.bootstrap.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseConfigurationTest {

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void dataWrittenBeforeARestartIsStillThereAfterIt(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres first = configuration.embeddedPostgres(dataDir, 0, false);
             Connection connection = first.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(dataDir, 0, false);
             Connection connection = second.getPostgresDatabase().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aServerThatCannotStartSaysWhyAndWhatToDo(@TempDir Path folder) throws IOException {
        Path notADirectory = Files.writeString(folder.resolve("occupied"), "a file where the data folder should be");
        assertThatThrownBy(() -> configuration.embeddedPostgres(notADirectory, 0, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The embedded PostgreSQL server could not start")
                .hasMessageContaining(notADirectory.toString())
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void aSecondInstanceOnTheSameDataFolderIsRefusedClearly(@TempDir Path dataDir) throws SQLException, IOException {
        try (EmbeddedPostgres running = configuration.embeddedPostgres(dataDir, 0, false)) {
            assertThat(running.getPort()).isPositive();
            assertThatThrownBy(() -> configuration.embeddedPostgres(dataDir, 0, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another Session Tracking is still running");
        }
    }
}
