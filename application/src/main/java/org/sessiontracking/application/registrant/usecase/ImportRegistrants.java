package org.sessiontracking.application.registrant.usecase;

import org.sessiontracking.application.common.tabular.ImportProblem;
import org.sessiontracking.application.common.tabular.TabularRow;
import org.sessiontracking.application.common.tabular.TabularSource;
import org.sessiontracking.application.common.tabular.UnreadableSourceException;
import org.sessiontracking.application.registrant.RegistrantCsvFormat;
import org.sessiontracking.application.registrant.RegistrantCsvFormat.Column;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.out.ImportedRegistrant;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.registrant.ExternalId;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the whole file (each value, then the rules across rows: unique external ids, households
 * that exist and are households), and stores it in one go only when nothing is wrong.
 * Rows are read one at a time and kept as checked values, so a 100,000-row file stays small.
 */
public final class ImportRegistrants implements ImportRegistrantsUseCase {

    private final RegistrantImportStore store;
    private final CurrentActor currentActor;
    private final Clock clock;

    public ImportRegistrants(RegistrantImportStore store, CurrentActor currentActor, Clock clock) {
        this.store = store;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public ImportResult importRegistrants(Command command) {
        currentActor.get().require(Permission.IMPORT_REGISTRANTS);
        TabularSource source = command.source();
        List<ImportProblem> problems = new ArrayList<>();
        RowChecker checker;
        try {
            List<String> header = source.header();
            if (header.isEmpty()) {
                return rejected(new ImportProblem(1, "", "The file is empty. Its first line must be the header row: "
                        + RegistrantCsvFormat.HEADER));
            }
            Map<Column, Integer> columns = RegistrantCsvFormat.columns(header, source.headerLine(), problems);
            if (!problems.isEmpty()) {
                return rejected(problems);
            }
            checker = new RowChecker(columns, header.size(), LocalDate.now(clock), problems);
            source.forEachRow(checker::check);
        } catch (UnreadableSourceException unreadable) {
            problems.add(new ImportProblem(unreadable.line(), "", unreadable.getMessage()));
            return rejected(problems);
        }
        if (problems.isEmpty() && checker.rows.isEmpty()) {
            return rejected(new ImportProblem(source.headerLine(), "",
                    "The file has a header row but no registrants below it"));
        }
        checker.checkGroups();
        checker.checkHouseholdsBecomingIndividuals();
        if (!problems.isEmpty()) {
            return rejected(problems);
        }
        RegistrantImportStore.Counts counts = store.store(checker.rows.stream().map(CheckedRow::registrant).toList());
        return new Imported(counts.created(), counts.updated(), counts.unchanged());
    }

    private static Rejected rejected(ImportProblem problem) {
        return new Rejected(List.of(problem));
    }

    private static Rejected rejected(List<ImportProblem> problems) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(ImportProblem.IN_FILE_ORDER);
        return new Rejected(sorted);
    }

    private record CheckedRow(int line, ImportedRegistrant registrant) {
    }

    /** Where an external id is in the file, and its kind there (null when the kind itself was wrong). */
    private record InFile(int line, RegistrantKind kind) {
    }

    private final class RowChecker {

        private final Map<Column, Integer> columns;
        private final int width;
        private final LocalDate today;
        private final List<ImportProblem> problems;
        private final List<CheckedRow> rows = new ArrayList<>();
        private final Map<String, InFile> inFile = new HashMap<>();

        RowChecker(Map<Column, Integer> columns, int width, LocalDate today, List<ImportProblem> problems) {
            this.columns = columns;
            this.width = width;
            this.today = today;
            this.problems = problems;
        }

        void check(TabularRow row) {
            if (row.values().size() != width) {
                problems.add(new ImportProblem(row.line(), "", "This row has " + row.values().size()
                        + (row.values().size() == 1 ? " value" : " values") + " but the header has " + width
                        + " columns. Put values that contain a comma in double quotes."));
                return;
            }
            int before = problems.size();
            ExternalId externalId = read(row, Column.EXTERNAL_ID, ExternalId::new);
            RegistrantKind kind = read(row, Column.KIND, RegistrantCsvFormat::kind);
            if (externalId != null) {
                InFile earlier = inFile.putIfAbsent(externalId.value(), new InFile(row.line(), kind));
                if (earlier != null) {
                    problems.add(new ImportProblem(row.line(), Column.EXTERNAL_ID.header(), "External id '"
                            + externalId + "' is already on line " + earlier.line()
                            + ": each registrant may appear only once"));
                }
            }
            String fullName = read(row, Column.FULL_NAME,
                    value -> Text.required("fullName", "Full name", value, RegistrantDetails.MAX_NAME_LENGTH));
            String area = read(row, Column.AREA,
                    value -> Text.optional("area", "Area", value, RegistrantDetails.MAX_AREA_LENGTH));
            Optional<Sex> sex = read(row, Column.SEX, RegistrantCsvFormat::sex);
            Optional<LocalDate> birthDate = read(row, Column.BIRTH_DATE, value -> {
                Optional<LocalDate> date = RegistrantCsvFormat.birthDate(value);
                date.ifPresent(given -> RegistrantDetails.requireValidBirthDate(given, today));
                return date;
            });
            Optional<String> group = read(row, Column.GROUP_EXTERNAL_ID, value -> value.isBlank()
                    ? Optional.<String>empty() : Optional.of(new ExternalId(value).value()));
            Optional<Boolean> active = columns.containsKey(Column.ACTIVE)
                    ? read(row, Column.ACTIVE, RegistrantCsvFormat::active) : Optional.empty();
            if (problems.size() == before) {
                RegistrantDetails details = new RegistrantDetails(fullName, kind, area, sex, birthDate);
                rows.add(new CheckedRow(row.line(), new ImportedRegistrant(externalId, details, group, active)));
            }
        }

        private <T> T read(TabularRow row, Column column, Function<String, T> parse) {
            try {
                return parse.apply(row.value(columns.get(column)));
            } catch (DomainException problem) {
                problems.add(new ImportProblem(row.line(), column.header(), problem.getMessage()));
                return null;
            }
        }

        /** Every group is a household, in this file (which wins) or already stored; households join none. */
        void checkGroups() {
            Set<String> elsewhere = new HashSet<>();
            for (CheckedRow row : rows) {
                row.registrant().groupExternalId().filter(group -> !inFile.containsKey(group)).ifPresent(elsewhere::add);
            }
            Map<String, RegistrantKind> stored = elsewhere.isEmpty() ? Map.of() : store.kindsOf(elsewhere);
            for (CheckedRow row : rows) {
                Optional<String> group = row.registrant().groupExternalId();
                if (group.isEmpty()) {
                    continue;
                }
                InFile here = inFile.get(group.get());
                if (here != null && here.kind() == null) {
                    continue; // that row's kind is already reported
                }
                RegistrantKind groupKind = here != null ? here.kind() : stored.get(group.get());
                if (groupKind == null) {
                    problems.add(new ImportProblem(row.line(), Column.GROUP_EXTERNAL_ID.header(), "Household '"
                            + group.get() + "' is neither in this file nor among the registrants"));
                    continue;
                }
                attempt(row, Column.GROUP_EXTERNAL_ID, () -> Registrant.requireMayBelongTo(
                        row.registrant().details().kind(), groupKind, group.get()));
            }
        }

        /** A stored household that the file makes an individual must not keep members the file does not move. */
        void checkHouseholdsBecomingIndividuals() {
            Map<String, CheckedRow> individuals = new HashMap<>();
            for (CheckedRow row : rows) {
                if (row.registrant().details().kind() == RegistrantKind.INDIVIDUAL) {
                    individuals.put(row.registrant().externalId().value(), row);
                }
            }
            if (individuals.isEmpty()) {
                return;
            }
            List<String> formerHouseholds = store.kindsOf(individuals.keySet()).entrySet().stream()
                    .filter(entry -> entry.getValue() == RegistrantKind.GROUP).map(Map.Entry::getKey).toList();
            if (formerHouseholds.isEmpty()) {
                return;
            }
            store.membersOf(formerHouseholds).forEach((household, members) -> {
                List<String> staying = members.stream().filter(member -> !inFile.containsKey(member)).toList();
                if (!staying.isEmpty()) {
                    problems.add(new ImportProblem(individuals.get(household).line(), Column.KIND.header(),
                            "'" + household + "' is a household with " + staying.size()
                                    + (staying.size() == 1 ? " member" : " members") + " not in this file (e.g. "
                                    + String.join(", ", staying.subList(0, Math.min(3, staying.size())))
                                    + "): add them to the file with another household, or keep it a HOUSEHOLD"));
                }
            });
        }

        private void attempt(CheckedRow row, Column column, Runnable rule) {
            try {
                rule.run();
            } catch (DomainException problem) {
                problems.add(new ImportProblem(row.line(), column.header(), problem.getMessage()));
            }
        }
    }
}
