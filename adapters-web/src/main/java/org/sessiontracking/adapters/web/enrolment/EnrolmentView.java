package org.sessiontracking.adapters.web.enrolment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.enrolment.Enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Enrolment: who each session type expects at its sessions (areas, households or listed registrants),
 * from when and until when. Managers and administrators add, end and remove enrolments, each confirmed.
 */
@Route("compliance/enrolment")
@PageTitle("Enrolment")
@Menu(title = "Enrolment", order = 34, icon = "vaadin:clipboard-user")
@RolesAllowed({"ADMINISTRATOR", "MANAGER"})
public class EnrolmentView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final EnrolmentUseCases useCases;
    private final Clock clock;
    private final Grid<EnrolmentRow> grid = new Grid<>();

    public EnrolmentView(EnrolmentUseCases useCases, Clock clock) {
        this.useCases = useCases;
        this.clock = clock;
        setSizeFull();
        Paragraph intro = new Paragraph("Enrolled registrants are on their session type's compliance list even "
                + "before their first record, and the Attendance tab offers them as the expected roster. A held "
                + "session of their area without their record counts as the session type says: as Absent, or "
                + "listed as No record for follow-up.");
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        Button add = new Button("Add enrolment", VaadinIcon.PLUS.create(),
                event -> new AddEnrolmentDialog(useCases, today(), this::reload).open());
        add.setId("add-enrolment");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        add(intro, add, grid);
        expand(grid);
        reload();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void configureGrid() {
        grid.setId("enrolments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(EnrolmentRow::typeName).setHeader("Session type").setKey("type").setFlexGrow(2)
                .setSortable(true).setResizable(true).setTooltipGenerator(EnrolmentRow::typeName);
        grid.addColumn(EnrolmentView::who).setHeader("Who").setKey("who").setFlexGrow(3).setResizable(true)
                .setTooltipGenerator(EnrolmentView::who);
        grid.addColumn(row -> DAY.format(row.enrolment().from())).setHeader("From").setKey("from")
                .setComparator(row -> row.enrolment().from()).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.enrolment().to().map(DAY::format).orElse("open")).setHeader("Until").setKey("to")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(EnrolmentRow::createdBy).setHeader("Added by").setKey("added").setWidth("9rem").setFlexGrow(0)
                .setTooltipGenerator(row -> row.createdBy() + ", " + WHEN.format(row.createdAt()));
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("9rem").setFlexGrow(0);
        grid.setEmptyStateText("No enrolments: each compliance list shows only who has a record. Add one to follow "
                + "up on those expected who never came.");
    }

    /** "Areas: North, East", "2 households" or "3 registrants". */
    static String who(EnrolmentRow row) {
        Enrolment enrolment = row.enrolment();
        if (enrolment.scope().byArea()) {
            return (enrolment.scope().areas().size() == 1 ? "Area: " : "Areas: ")
                    + String.join(", ", enrolment.scope().areas());
        }
        if (enrolment.scope().byHousehold()) {
            int count = enrolment.scope().households().size();
            return count + (count == 1 ? " household (its members)" : " households (their members)");
        }
        int count = enrolment.scope().registrants().size();
        return count + (count == 1 ? " registrant" : " registrants");
    }

    private Component actions(EnrolmentRow row) {
        Enrolment enrolment = row.enrolment();
        Button end = new Button("End", event -> new EndEnrolmentDialog(useCases, row, today(), this::reload).open());
        end.setId("end-enrolment-" + enrolment.id().value());
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        end.setEnabled(enrolment.to().map(to -> to.isAfter(enrolment.from())).orElse(true));
        Button remove = new Button("Remove", event -> confirmRemoval(row));
        remove.setId("remove-enrolment-" + enrolment.id().value());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(end, remove);
    }

    private void confirmRemoval(EnrolmentRow row) {
        ConfirmDialog confirm = new ConfirmDialog("Remove enrolment?", "\u201c" + row.typeName() + ": " + who(row)
                + ", " + row.enrolment().datesText() + "\u201d. Nobody is expected by it any more, as if it had "
                + "never been added.", "Remove", event -> {
                    try {
                        useCases.remove().remove(row.enrolment().id());
                        Notifications.success("Enrolment removed");
                    } catch (DomainException problem) {
                        Notifications.error(problem.getMessage());
                    }
                    reload();
                });
        confirm.setId("confirm-remove-enrolment");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void reload() {
        grid.setItems(useCases.list().list());
    }
}
