package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.adapters.web.layout.ViewTitle;
import org.sessiontracking.application.casework.port.in.GetCaseUseCase.CaseDetails;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.DomainException;

import java.util.Optional;

/** One case: its people and state, and its plan with each item's progress from attendance. */
@Route("cases/:" + CasePage.ID_PARAMETER)
@RolesAllowed({"ADMINISTRATOR", "MANAGER", "STAFF"})
public class CasePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID_PARAMETER = "id";

    private final CaseUseCases useCases;
    private final CaseSummary summary = new CaseSummary();
    private final CaseActions actions;
    private final PlanGrid plan;
    private final Span hint = new Span("An item counts the sessions attended as compliance counts them: Present, and "
            + "Excused where the session type counts Excused as present; cancelled sessions count for nobody. "
            + "An item is overdue the day after its due date while it is not met.");
    private CaseId id;
    private String title = "Case";

    public CasePage(CaseUseCases useCases) {
        this.useCases = useCases;
        setWidthFull();
        actions = new CaseActions(useCases, this::reload);
        plan = new PlanGrid(item -> actions.openItem(Optional.of(item)), actions::confirmRemove);
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new RouterLink("← All cases", CasesView.class), summary, new H3("Plan"), hint, actions, plan);
    }

    public static RouteParameters parameters(CaseId id) {
        return new RouteParameters(ID_PARAMETER, String.valueOf(id.value()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> value = event.getRouteParameters().getLong(ID_PARAMETER);
        if (value.isEmpty()) {
            event.forwardTo(CasesView.class);
            return;
        }
        id = new CaseId(value.get());
        try {
            show(useCases.get().get(id));
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
            event.forwardTo(CasesView.class);
        }
    }

    /** After a change: shows the case as stored now (or says why it cannot). */
    private void reload() {
        try {
            show(useCases.get().get(id));
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
        }
    }

    private void show(CaseDetails details) {
        title = "Case of " + details.registrant().name();
        summary.show(details);
        actions.show(details);
        plan.show(details.items(), details.mayWork());
        ViewTitle.refresh(this);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
