package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import org.sessiontracking.application.attendance.HistoryLine;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.AttendanceHistoryUseCase;
import org.sessiontracking.domain.session.SessionId;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The history of one record or of the whole session, newest first: what changed, why, who and when. */
final class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);

    private HistoryDialog(String title, List<HistoryLine> lines, boolean showRegistrant, ZoneId zone) {
        setId("history-dialog");
        setHeaderTitle(title);
        setWidth("min(70em, 95vw)");
        Grid<HistoryLine> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addColumn(line -> WHEN.format(line.changedAt().atZone(zone))).setHeader("When").setAutoWidth(true);
        if (showRegistrant) {
            grid.addColumn(line -> line.registrant().name() + " (" + line.registrant().externalId() + ")")
                    .setHeader("Registrant").setFlexGrow(2);
        }
        grid.addColumn(HistoryLine::describe).setHeader("Change").setFlexGrow(2);
        grid.addColumn(HistoryLine::reason).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(HistoryLine::changedBy).setHeader("By").setAutoWidth(true);
        grid.setItems(lines);
        grid.setEmptyStateText("No changes recorded yet.");
        add(grid);
        Button close = new Button("Close", event -> close());
        close.setId("history-close");
        getFooter().add(close);
    }

    static HistoryDialog ofRecord(AttendanceHistoryUseCase history, SessionId session, RegistrantSummary registrant,
                                  ZoneId zone) {
        return new HistoryDialog("History of " + registrant.name(), history.ofRecord(session, registrant.id()), false, zone);
    }

    static HistoryDialog ofSession(AttendanceHistoryUseCase history, SessionId session, ZoneId zone) {
        return new HistoryDialog("Attendance history of this session", history.ofSession(session), true, zone);
    }
}
