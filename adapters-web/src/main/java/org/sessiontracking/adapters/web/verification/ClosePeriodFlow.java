package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.verification.UnfinishedSession;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase.Closed;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase.UnfinishedSessions;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closing a period: a confirmation first; when sessions of the period are still Scheduled or In
 * progress, a second one that lists them and closes only if the closer agrees.
 */
final class ClosePeriodFlow {

    private final CloseVerificationPeriodUseCase close;
    private final VerificationPeriod period;
    private final Runnable closed;

    ClosePeriodFlow(CloseVerificationPeriodUseCase close, VerificationPeriod period, Runnable closed) {
        this.close = close;
        this.period = period;
        this.closed = closed;
    }

    void start() {
        ConfirmDialog confirm = new ConfirmDialog("Close " + period.name() + "?",
                "Its compliance list is frozen as it is now, as version " + (period.latestVersion().orElse(0) + 1)
                        + ", with today's threshold and excused policy. Exports for the period then use the frozen "
                        + "list, and later changes need a reason and are listed as late corrections.",
                "Close and freeze", event -> attempt(Set.of()));
        confirm.setCancelable(true);
        confirm.setId("confirm-close");
        confirm.open();
    }

    private void attempt(Set<org.sessiontracking.domain.session.SessionId> confirmed) {
        try {
            switch (close.close(new CloseVerificationPeriodUseCase.Command(period.id(), confirmed))) {
                case Closed done -> {
                    Notifications.success(period.name() + " closed: version " + done.version().version() + " frozen ("
                            + done.version().registrants() + " registrants)");
                    closed.run();
                }
                case UnfinishedSessions unfinished -> askAbout(unfinished.sessions());
            }
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
        }
    }

    private void askAbout(List<UnfinishedSession> sessions) {
        UnorderedList list = new UnorderedList();
        list.setId("unfinished-sessions");
        sessions.forEach(session -> list.add(new ListItem(PeriodLabels.DAY.format(session.date()) + ": "
                + session.title() + " (" + session.status().label() + ")")));
        Div text = new Div(new Paragraph(sessions.size() + (sessions.size() == 1 ? " session of the period is"
                : " sessions of the period are") + " still Scheduled or In progress. Closing now freezes the list "
                + "without their attendance; recording it later makes late corrections."), list);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Unfinished sessions in " + period.name());
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setConfirmText("Close anyway");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("confirm-close-unfinished");
        confirm.addConfirmListener(event -> attempt(sessions.stream().map(UnfinishedSession::id)
                .collect(Collectors.toSet())));
        confirm.open();
    }
}
