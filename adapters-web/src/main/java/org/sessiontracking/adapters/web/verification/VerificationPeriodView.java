package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.application.verification.PeriodSummary;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase;
import org.sessiontracking.application.verification.port.in.DecideLateCorrectionUseCase;
import org.sessiontracking.application.verification.port.in.FrozenListUseCase;
import org.sessiontracking.application.verification.port.in.ListVerificationPeriodsUseCase;
import org.sessiontracking.application.verification.port.in.ReopenVerificationPeriodUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.verification.PeriodState;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.Map;

/**
 * One verification period: its dates, deadline and state; close (with the unfinished-sessions
 * confirmation) and reopen (with a reason); its frozen list beside the live one; its late corrections.
 */
@Route("compliance/periods/:period")
@PageTitle("Verification period")
@PermitAll
public class VerificationPeriodView extends VerticalLayout implements BeforeEnterObserver {

    private final ListVerificationPeriodsUseCase periods;
    private final CloseVerificationPeriodUseCase close;
    private final ReopenVerificationPeriodUseCase reopen;
    private final DecideLateCorrectionUseCase decide;
    private final FrozenListUseCase frozen;
    private final ListSessionTypesUseCase types;
    private final boolean mayVerify;
    private VerificationPeriodId id;

    public VerificationPeriodView(ListVerificationPeriodsUseCase periods, CloseVerificationPeriodUseCase close,
                                  ReopenVerificationPeriodUseCase reopen, DecideLateCorrectionUseCase decide,
                                  FrozenListUseCase frozen, ListSessionTypesUseCase types,
                                  CurrentUserUseCase currentUser) {
        this.types = types;
        this.periods = periods;
        this.close = close;
        this.reopen = reopen;
        this.decide = decide;
        this.frozen = frozen;
        this.mayVerify = currentUser.currentUser().may(Permission.VERIFY_PERIODS);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = new VerificationPeriodId(Long.parseLong(event.getRouteParameters().get("period").orElse("")));
            show();
        } catch (NumberFormatException | NotFoundException missing) {
            removeAll();
            add(new Span("This verification period does not exist."),
                    new RouterLink("All verification periods", VerificationPeriodsView.class));
        }
    }

    private void show() {
        PeriodSummary summary = periods.period(id);
        removeAll();
        RouterLink back = new RouterLink("\u2190 Periods of this type", VerificationPeriodsView.class);
        back.setQueryParameters(QueryParameters.simple(Map.of("type",
                String.valueOf(summary.period().type().value()))));
        String typeName = types.list(SessionTypeFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .filter(type -> type.id().equals(summary.period().type())).map(SessionType::name).findFirst()
                .orElse("");
        H2 title = new H2((typeName.isEmpty() ? "" : typeName + " \u00b7 ") + summary.period().name());
        title.setId("period-title");
        title.getStyle().set("margin", "0");
        Span state = PeriodLabels.state(summary.state());
        state.setId("period-state");
        HorizontalLayout heading = new HorizontalLayout(title, state);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);

        Span facts = new Span(PeriodLabels.DAY.format(summary.period().from()) + " to "
                + PeriodLabels.DAY.format(summary.period().to()) + " \u00b7 data entry until "
                + PeriodLabels.DAY.format(summary.period().deadline())
                + summary.period().lastClosing().map(closing -> " \u00b7 last closed "
                + PeriodLabels.WHEN.format(closing.at()) + " by " + closing.byName() + " (version "
                + closing.version() + ")").orElse(""));
        facts.setId("period-facts");
        add(back, heading, facts, actions(summary), tabs(summary));
    }

    private HorizontalLayout actions(PeriodSummary summary) {
        Button closeButton = new Button(summary.state() == PeriodState.REOPENED ? "Close again (new version)"
                : "Close period", event -> new ClosePeriodFlow(close, summary.period(), this::show).start());
        closeButton.setId("close-period");
        closeButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        closeButton.setVisible(mayVerify && summary.state() != PeriodState.CLOSED);
        Button reopenButton = new Button("Reopen", event -> new ReasonDialog("Reopen " + summary.period().name() + "?",
                "Reopening lets you accept late corrections into the period; closing it again freezes a new version. "
                        + "Version " + summary.latestVersion().orElse(0) + " stays readable and exportable, and is "
                        + "what exports use until then.", "Why is it reopened?", "Reopen", true, reason -> {
            reopen.reopen(id, reason);
            Notifications.success(summary.period().name() + " reopened");
            show();
        }).open());
        reopenButton.setId("reopen-period");
        reopenButton.setVisible(mayVerify && summary.state() == PeriodState.CLOSED);
        return new HorizontalLayout(closeButton, reopenButton);
    }

    private TabSheet tabs(PeriodSummary summary) {
        TabSheet tabs = new TabSheet();
        tabs.setId("period-tabs");
        tabs.setSizeFull();
        LateCorrectionsGrid corrections = new LateCorrectionsGrid(decide, mayVerify,
                summary.state() == PeriodState.CLOSED, this::show);
        corrections.show(periods.lateCorrections(id));
        VerticalLayout correctionsTab = new VerticalLayout();
        correctionsTab.setPadding(false);
        correctionsTab.setSizeFull();
        if (summary.state() == PeriodState.CLOSED && summary.pendingCorrections() > 0) {
            Span hint = new Span("The period is closed: reopen it to accept corrections into a new version. "
                    + "A rejected correction puts the record back as it was.");
            hint.setId("corrections-hint");
            hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
            correctionsTab.add(hint);
        }
        correctionsTab.add(corrections);
        correctionsTab.expand(corrections);
        if (summary.latestVersion().isPresent()) {
            tabs.add("Frozen list", new FrozenListPanel(frozen, summary.period()));
        } else {
            tabs.add("Frozen list", new Span("Not closed yet: the list is frozen when the period is closed."));
        }
        String label = "Late corrections" + (summary.pendingCorrections() == 0 ? ""
                : " (" + summary.pendingCorrections() + " to decide)");
        tabs.add(label, correctionsTab);
        if (summary.pendingCorrections() > 0 && summary.state() != PeriodState.CLOSED) {
            tabs.setSelectedIndex(1);
        }
        return tabs;
    }
}
