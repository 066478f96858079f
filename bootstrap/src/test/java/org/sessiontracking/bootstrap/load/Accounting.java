package org.sessiontracking.bootstrap.load;

import org.jooq.Record;
import org.sessiontracking.domain.attendance.AttendanceStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every save accounted for: per session one record per registrant (none missing, none twice), each
 * with the status its person saved last (no lost update), a version equal to the number of saves
 * that changed it and as many new history lines.
 */
final class Accounting {

    private final List<String> problems = new ArrayList<>();
    private int sessions;
    private int records;
    private int uncertain;
    private long savesCounted;

    void session(StaffPerson person, List<Record> rows, Map<String, Long> historyBefore, Map<String, Long> historyAfter) {
        sessions++;
        Set<String> seen = new HashSet<>();
        for (Record row : rows) {
            String externalId = row.get(0, String.class);
            records++;
            if (!seen.add(externalId)) {
                problems.add("session " + person.session() + ": " + externalId + " recorded twice");
                continue;
            }
            if (person.savedStatus(externalId) == null) {
                problems.add("session " + person.session() + ": unexpected record of " + externalId);
                continue;
            }
            if (person.uncertain(externalId)) {
                uncertain++;
                continue;
            }
            AttendanceStatus status = AttendanceStatus.valueOf(row.get(1, String.class));
            int version = row.get(2, Integer.class);
            long newHistory = historyAfter.getOrDefault(externalId, 0L) - historyBefore.getOrDefault(externalId, 0L);
            int saves = person.savesOf(externalId);
            savesCounted += saves;
            if (status != person.savedStatus(externalId) || version != saves || newHistory != saves) {
                problems.add("session " + person.session() + ", " + externalId + ": saved " + saves + " times, last as "
                        + person.savedStatus(externalId) + "; stored " + status + ", version " + version + ", "
                        + newHistory + " new history lines");
            }
        }
        if (rows.size() != person.registrants()) {
            problems.add("session " + person.session() + ": " + rows.size() + " records for " + person.registrants()
                    + " registrants");
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    long savesCounted() {
        return savesCounted;
    }

    String report() {
        StringBuilder report = new StringBuilder(String.format("Accounting: %d sessions, %d records, %d record changes "
                        + "saved and found (status, version and history each match), %d records left out as uncertain "
                        + "(a save without an answer), %d problems%n", sessions, records, savesCounted, uncertain,
                problems.size()));
        problems.stream().limit(20).forEach(problem -> report.append("  ").append(problem).append('\n'));
        return report.toString();
    }
}
