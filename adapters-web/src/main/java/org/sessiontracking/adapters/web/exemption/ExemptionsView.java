package org.sessiontracking.adapters.web.exemption;

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
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.exemption.Exemption;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Exemptions: who could not be expected to attend, when and why (e.g. an area under a declared
 * emergency). Managers and administrators add them, end them early or remove them, each confirmed.
 */
@Route("compliance/exemptions")
@PageTitle("Exemptions")
@Menu(title = "Exemptions", order = 35, icon = "vaadin:umbrella")
@RolesAllowed({"ADMINISTRATOR", "MANAGER"})
public class ExemptionsView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final ExemptionUseCases useCases;
    private final Clock clock;
    private final Grid<ExemptionRow> grid = new Grid<>();

    public ExemptionsView(ExemptionUseCases useCases, Clock clock) {
        this.useCases = useCases;
        this.clock = clock;
        setSizeFull();
        Paragraph intro = new Paragraph("While an exemption covers a registrant, their Absent and Excused records "
                + "of sessions inside it do not count: they neither lower the rate nor count in the denominator. "
                + "Present still counts as attended. The compliance list says which sessions were left out and why.");
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        Button add = new Button("Add exemption", VaadinIcon.PLUS.create(),
                event -> new AddExemptionDialog(useCases, today(), this::reload).open());
        add.setId("add-exemption");
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
        grid.setId("exemptions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(row -> row.exemption().reason()).setHeader("Reason").setKey("reason").setFlexGrow(3)
                .setTooltipGenerator(row -> row.exemption().reason()).setSortable(true).setResizable(true)
                .setComparator(row -> row.exemption().reason().toLowerCase(Locale.ROOT));
        grid.addColumn(ExemptionsView::who).setHeader("Who").setKey("who").setFlexGrow(3).setResizable(true)
                .setTooltipGenerator(ExemptionsView::who);
        grid.addColumn(row -> row.typeName().isEmpty() ? "All session types" : row.typeName()).setHeader("Session type")
                .setKey("type").setWidth("10rem").setFlexGrow(1).setSortable(true)
                .setTooltipGenerator(row -> row.typeName().isEmpty() ? "All session types" : row.typeName());
        grid.addColumn(row -> DAY.format(row.exemption().from())).setHeader("First day").setKey("from")
                .setComparator(row -> row.exemption().from()).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> DAY.format(row.exemption().to())).setHeader("Last day").setKey("to")
                .setComparator(row -> row.exemption().to()).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.createdBy()).setHeader("Added by").setKey("added").setWidth("9rem").setFlexGrow(0)
                .setTooltipGenerator(row -> row.createdBy() + ", " + WHEN.format(row.createdAt()));
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setWidth("11rem").setFlexGrow(0);
        grid.setEmptyStateText("No exemptions. Add one when an area is under a declared emergency, or a registrant "
                + "could not attend for a time.");
    }

    /** "Areas: North, East" or "3 registrants". */
    static String who(ExemptionRow row) {
        Exemption exemption = row.exemption();
        if (exemption.scope().byArea()) {
            return (exemption.scope().areas().size() == 1 ? "Area: " : "Areas: ")
                    + String.join(", ", exemption.scope().areas());
        }
        int count = exemption.scope().registrants().size();
        return count + (count == 1 ? " registrant" : " registrants");
    }

    private Component actions(ExemptionRow row) {
        Exemption exemption = row.exemption();
        Button end = new Button("End early", event -> new EndExemptionDialog(useCases, exemption, today(),
                this::reload).open());
        end.setId("end-exemption-" + exemption.id().value());
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        end.setEnabled(exemption.to().isAfter(exemption.from()));
        Button remove = new Button("Remove", event -> confirmRemoval(exemption));
        remove.setId("remove-exemption-" + exemption.id().value());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(end, remove);
    }

    private void confirmRemoval(Exemption exemption) {
        ConfirmDialog confirm = new ConfirmDialog("Remove exemption?", "\u201c" + exemption.describe()
                + "\u201d. Its sessions count again for everybody it covers, as if it had never been added.",
                "Remove", event -> {
                    try {
                        useCases.remove().remove(exemption.id());
                        Notifications.success("Exemption removed: " + exemption.reason());
                    } catch (DomainException problem) {
                        Notifications.error(problem.getMessage());
                    }
                    reload();
                });
        confirm.setId("confirm-remove-exemption");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void reload() {
        grid.setItems(useCases.list().list());
    }
}
