package org.sessiontracking.adapters.web.graduation;

import org.sessiontracking.adapters.web.csv.CsvExport;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.application.graduation.port.in.GraduationReadinessUseCase;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionState;
import org.sessiontracking.domain.graduation.GraduationPathway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pathway's list as CSV ({@link CsvExport}: safe in a spreadsheet):
 * {@code external_id,name,area,readiness_percent,ready,graduated_on,revoked}, then per criterion its
 * {@code <name> met} (yes / no) and {@code <name> detail}.
 */
final class ReadinessCsv {

    private ReadinessCsv() {
    }

    static String fileName(GraduationPathway pathway, ReadinessFilter filter) {
        String slug = pathway.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return "graduation-" + (slug.isEmpty() ? "pathway-" + pathway.id().value() : slug)
                + (filter == ReadinessFilter.ALL ? "" : "-" + filter.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                + ".csv";
    }

    static void write(GraduationReadinessUseCase readiness, GraduationPathway pathway, ReadinessFilter filter,
                      String search, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("external_id", "name", "area", "readiness_percent", "ready",
                "graduated_on", "revoked"));
        for (Criterion criterion : pathway.criteria()) {
            header.add(criterion.label() + " met");
            header.add(criterion.label() + " detail");
        }
        try {
            CsvExport csv = CsvExport.to(out, header.toArray(String[]::new));
            readiness.export(pathway.id(), filter, search, row -> print(csv, row));
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void print(CsvExport csv, ReadinessRow row) {
        List<Object> cells = new ArrayList<>(List.of(row.externalId(), row.name(), row.area(),
                row.readiness().percent(), row.readiness().ready() ? "yes" : "no"));
        cells.add(row.graduation().map(mark -> mark.graduatedOn().toString()).orElse(""));
        cells.add(row.graduation().map(mark -> mark.revoked() ? "yes" : "no").orElse(""));
        for (CriterionState state : row.readiness().states()) {
            cells.add(state.met() ? "yes" : "no");
            cells.add(state.detail());
        }
        csv.row(cells.toArray());
    }
}
