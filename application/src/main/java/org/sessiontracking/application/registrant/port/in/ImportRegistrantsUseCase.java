package org.sessiontracking.application.registrant.port.in;

import org.sessiontracking.application.common.tabular.ImportProblem;
import org.sessiontracking.application.common.tabular.TabularSource;

import java.util.List;
import java.util.Objects;

/**
 * A manager or administrator imports (or re-imports) registrants from a CSV file: new external ids
 * are created, known ones updated. The whole file is checked first; if anything is wrong nothing is
 * stored and every problem is reported with its line and column. The columns are described by
 * {@code RegistrantCsvFormat}.
 */
public interface ImportRegistrantsUseCase {

    ImportResult importRegistrants(Command command);

    record Command(TabularSource source) {
        public Command {
            Objects.requireNonNull(source, "source");
        }
    }

    sealed interface ImportResult {
    }

    /** Everything was stored. {@code unchanged} rows matched what was stored already. */
    record Imported(int created, int updated, int unchanged) implements ImportResult {
        public int total() {
            return created + updated + unchanged;
        }
    }

    /** Nothing was stored; the problems are in file order. */
    record Rejected(List<ImportProblem> problems) implements ImportResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected import has at least one problem");
            }
        }
    }
}
