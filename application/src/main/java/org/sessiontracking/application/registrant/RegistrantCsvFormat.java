package org.sessiontracking.application.registrant;

import org.sessiontracking.application.common.tabular.ImportProblem;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of a registrants CSV file and how their values are read. Header names are matched
 * ignoring case, surrounding spaces, and spaces or hyphens written for underscores; the columns
 * may come in any order. Every column is required except {@code active}.
 */
public final class RegistrantCsvFormat {

    public enum Column {
        EXTERNAL_ID("external_id", true, "the id in the social registry, unique; letters, digits and - _ . / :"),
        FULL_NAME("full_name", true, "the person's or household's name"),
        KIND("kind", true, "INDIVIDUAL, or HOUSEHOLD (also written GROUP)"),
        GROUP_EXTERNAL_ID("group_external_id", true,
                "for an individual, the external id of their household (in this file or already imported); may be empty"),
        AREA("area", true, "e.g. the barangay; may be empty"),
        SEX("sex", true, "FEMALE, MALE, OTHER (or F, M, O); empty when unknown"),
        BIRTH_DATE("birth_date", true, "yyyy-mm-dd, e.g. 1985-03-14; empty when unknown"),
        ACTIVE("active", false, "optional column: TRUE or FALSE (also YES/NO, 1/0); empty keeps the stored flag");

        private final String header;
        private final boolean required;
        private final String description;

        Column(String header, boolean required, String description) {
            this.header = header;
            this.required = required;
            this.description = description;
        }

        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }

        public String description() {
            return description;
        }
    }

    /** The header line of a file with every column, in the documented order. */
    public static final String HEADER = Arrays.stream(Column.values()).map(Column::header)
            .collect(Collectors.joining(","));

    private RegistrantCsvFormat() {
    }

    /**
     * Finds each column in the header row. Unknown, repeated and missing columns are added to
     * {@code problems}, on {@code headerLine}.
     */
    public static Map<Column, Integer> columns(List<String> header, int headerLine, List<ImportProblem> problems) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int index = 0; index < header.size(); index++) {
            String written = header.get(index);
            Optional<Column> column = column(written);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(headerLine, written, "Unknown column '" + written.strip()
                        + "' (column " + (index + 1) + "). The columns are: " + HEADER));
            } else if (columns.putIfAbsent(column.get(), index) != null) {
                problems.add(new ImportProblem(headerLine, column.get().header(), "Column '" + column.get().header()
                        + "' appears twice in the header (columns " + (columns.get(column.get()) + 1) + " and "
                        + (index + 1) + ")"));
            }
        }
        for (Column column : Column.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(new ImportProblem(headerLine, column.header(), "The header has no '" + column.header()
                        + "' column. The first line must name the columns: " + HEADER));
            }
        }
        return columns;
    }

    static Optional<Column> column(String written) {
        String name = written.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(Column.values()).filter(column -> column.header().equals(name)).findFirst();
    }

    public static RegistrantKind kind(String value) {
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "INDIVIDUAL", "I" -> RegistrantKind.INDIVIDUAL;
            case "HOUSEHOLD", "GROUP", "H", "G" -> RegistrantKind.GROUP;
            case "" -> throw new InvalidValueException("kind", "Kind is required: INDIVIDUAL or HOUSEHOLD");
            default -> throw new InvalidValueException("kind",
                    "Kind must be INDIVIDUAL or HOUSEHOLD (or GROUP), got '" + value.strip() + "'");
        };
    }

    public static Optional<Sex> sex(String value) {
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "FEMALE", "F" -> Optional.of(Sex.FEMALE);
            case "MALE", "M" -> Optional.of(Sex.MALE);
            case "OTHER", "O" -> Optional.of(Sex.OTHER);
            default -> throw new InvalidValueException("sex",
                    "Sex must be FEMALE, MALE, OTHER (or F, M, O) or empty, got '" + value.strip() + "'");
        };
    }

    public static Optional<LocalDate> birthDate(String value) {
        String date = value.strip();
        if (date.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("birthDate",
                    "Birth date must be a date written yyyy-mm-dd (e.g. 1985-03-14), got '" + date + "'");
        }
    }

    public static Optional<Boolean> active(String value) {
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "TRUE", "YES", "Y", "1" -> Optional.of(true);
            case "FALSE", "NO", "N", "0" -> Optional.of(false);
            default -> throw new InvalidValueException("active",
                    "Active must be TRUE or FALSE (or YES/NO, 1/0) or empty, got '" + value.strip() + "'");
        };
    }
}
