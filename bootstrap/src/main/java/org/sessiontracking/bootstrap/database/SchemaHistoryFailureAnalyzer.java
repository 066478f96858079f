package org.sessiontracking.bootstrap.database;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start refused because the database's schema history does not match this build's migrations (e.g. a
 * data folder made by an earlier, unreleased build, whose migrations were later folded into V1-V8) says
 * so in plain words and what to do, instead of only Flyway's checksum list.
 */
public final class SchemaHistoryFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayValidateException cause) {
        return new FailureAnalysis("The database was made by another version of Session Tracking: its schema history "
                + "does not match this build's migrations (Flyway: " + cause.getMessage() + ").",
                "Start on a new data folder (--sessiontracking.database.embedded.data-dir=...) or an empty database. "
                        + "Data folders made by builds before 2 December 2026 (an unreleased schema, since folded into "
                        + "V1-V8) cannot be upgraded: export what you need from the old build first.", cause);
    }
}
