package org.sessiontracking.application.attendance.port.in;

import org.sessiontracking.domain.session.SessionId;

import java.util.List;
import java.util.Objects;

/**
 * Records a session's attendance from a sign-in sheet. The sheet is checked as a whole: when any line
 * is wrong, every problem is reported by line and nothing is stored.
 */
public interface ImportSignInSheetUseCase {

    Result importSheet(Command command);

    /** One line of the sheet as read, before checking; {@code line} is the line number in the file. */
    record SheetLine(int line, String externalId, String status, String reason) {
        public SheetLine {
            externalId = externalId == null ? "" : externalId.strip();
            status = status == null ? "" : status.strip();
            reason = reason == null ? "" : reason.strip();
        }
    }

    record Command(SessionId session, List<SheetLine> lines) {
        public Command {
            Objects.requireNonNull(session, "session");
            lines = List.copyOf(lines);
        }
    }

    record LineProblem(int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? "Line " + line + ": " + message : message;
        }
    }

    sealed interface Result {
    }

    /** The sheet was stored: new records, changed records, and lines that changed nothing. */
    record Imported(int added, int changed, int unchanged) implements Result {
    }

    /** Nothing was stored. */
    record Rejected(List<LineProblem> problems) implements Result {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
