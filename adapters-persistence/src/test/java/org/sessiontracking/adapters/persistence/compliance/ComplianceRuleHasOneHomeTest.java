package org.sessiontracking.adapters.persistence.compliance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance rule in SQL lives in R__compliance.sql only: no other migration or query of the adapter
 * decides again that cancelled sessions do not count, or counts records per status.
 */
class ComplianceRuleHasOneHomeTest {

    private static final Pattern RULE = Pattern.compile(
            "(<>|!=)\\s*'CANCELLED'|count\\(\\*\\)\\s*filter\\s*\\(\\s*where\\s+(\\w+\\.)?status\\s*=\\s*'(PRESENT|ABSENT|EXCUSED)'",
            Pattern.CASE_INSENSITIVE);

    @Test
    void onlyTheRepeatableMigrationWritesTheRule() {
        List<Path> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/db/migration")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("R__compliance.sql"))
                    .filter(file -> RULE.matcher(read(file)).find())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(offenders).as("files writing the compliance rule outside R__compliance.sql").isEmpty();
        assertThat(RULE.matcher(read(Path.of("src/main/resources/db/migration/R__compliance.sql"))).find())
                .as("the pattern finds the rule where it lives").isTrue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
