package org.sessiontracking.bootstrap.database;

import org.flywaydb.core.api.ErrorDetails;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaHistoryFailureAnalyzerTest {

    @Test
    void aSchemaHistoryOfAnotherBuildSaysWhatToDo() {
        FlywayValidateException flyway = new FlywayValidateException(
                new ErrorDetails(CoreErrorCode.VALIDATE_ERROR, "Migration checksum mismatch for migration version 1"),
                "Migration checksum mismatch for migration version 1");
        FailureAnalysis analysis = new SchemaHistoryFailureAnalyzer()
                .analyze(new IllegalStateException("start failed", flyway));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("made by another version of Session Tracking")
                .contains("checksum mismatch");
        assertThat(analysis.getAction()).contains("new data folder");
    }
}
