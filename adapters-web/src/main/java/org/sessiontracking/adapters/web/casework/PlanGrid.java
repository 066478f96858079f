package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.sessiontracking.application.casework.port.in.GetCaseUseCase.ItemDetails;
import org.sessiontracking.domain.casework.PlanItem;
import org.sessiontracking.domain.casework.PlanProgress.ItemProgress;

import java.util.List;
import java.util.function.Consumer;

/** The plan's items with their progress; edit and remove ask the page (which confirms a removal). */
final class PlanGrid extends Grid<ItemDetails> {

    PlanGrid(Consumer<PlanItem> edit, Consumer<ItemDetails> remove) {
        setId("plan-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(item -> item.progress().item().number()).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        addColumn(ItemDetails::label).setHeader("Item").setFlexGrow(4).setTooltipGenerator(ItemDetails::label);
        addColumn(item -> item.progress().item().dueOn()).setHeader("Due").setWidth("7.5rem").setFlexGrow(0);
        addComponentColumn(item -> attended(item.progress())).setHeader("Attended").setWidth("11rem").setFlexGrow(0);
        addComponentColumn(item -> state(item.progress())).setHeader("State").setWidth("14rem").setFlexGrow(0);
        addComponentColumn(item -> actions(item, edit, remove)).setHeader("").setAutoWidth(true).setFlexGrow(0)
                .setKey("actions");
        setEmptyStateText("No plan items yet: add the sessions this registrant must attend.");
    }

    void show(List<ItemDetails> items, boolean changeable) {
        setItems(items);
        getColumnByKey("actions").setVisible(changeable);
    }

    private static HorizontalLayout attended(ItemProgress progress) {
        ProgressBar bar = new ProgressBar(0, 1, progress.ratio());
        bar.setWidth("5rem");
        Span text = new Span(progress.attended() + " of " + progress.required());
        text.addClassName("plan-attended");
        text.getStyle().set("white-space", "nowrap");
        HorizontalLayout cell = new HorizontalLayout(text, bar);
        cell.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        return cell;
    }

    private static HorizontalLayout state(ItemProgress progress) {
        HorizontalLayout cell = new HorizontalLayout(ProgressBadge.of(progress.state()));
        if (progress.overdue()) {
            cell.add(ProgressBadge.overdue());
        }
        cell.setSpacing(true);
        return cell;
    }

    private static HorizontalLayout actions(ItemDetails item, Consumer<PlanItem> edit, Consumer<ItemDetails> remove) {
        int number = item.progress().item().number();
        Button change = new Button(VaadinIcon.EDIT.create(), event -> edit.accept(item.progress().item()));
        change.setId("edit-item-" + number);
        change.setTooltipText("Edit item " + number);
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> remove.accept(item));
        delete.setId("remove-item-" + number);
        delete.setTooltipText("Remove item " + number);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(change, delete);
    }
}
