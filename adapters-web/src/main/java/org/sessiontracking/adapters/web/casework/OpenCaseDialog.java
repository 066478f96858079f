package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.application.casework.port.in.AssignCaseWorkerUseCase.CaseWorker;
import org.sessiontracking.application.casework.port.in.OpenCaseUseCase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.user.UserId;

import java.util.Optional;
import java.util.function.Consumer;

/** Opens a case: a registrant or household from the registry, and (managers) its case worker. */
final class OpenCaseDialog extends Dialog {

    private final ComboBox<RegistrantSummary> registrant = new ComboBox<>("Registrant or household");
    private final Select<CaseWorker> worker = new Select<>();
    private final FieldErrors errors = new FieldErrors();

    OpenCaseDialog(CaseUseCases useCases, boolean mayAssign, Consumer<CaseId> opened) {
        setHeaderTitle("Open a case");
        registrant.setId("case-registrant");
        registrant.setWidthFull();
        registrant.setPlaceholder("Type a name or an external id");
        registrant.setItemLabelGenerator(value -> value.fullName() + " · " + value.externalId()
                + (value.kind() == RegistrantKind.GROUP ? " (household)" : ""));
        registrant.setItems(query -> useCases.registrants().search(RegistrantFilter.text(query.getFilter().orElse("")),
                new PageRequest(query.getOffset(), Math.min(query.getLimit(), 50), java.util.List.of())).stream());
        worker.setLabel("Case worker");
        worker.setId("case-worker");
        worker.setItems(useCases.assign().caseWorkers());
        worker.setItemLabelGenerator(CaseWorker::name);
        UserId me = useCases.currentUser().currentUser().id();
        worker.getListDataView().getItems().filter(it -> it.id().equals(me)).findFirst().ifPresent(worker::setValue);
        worker.setVisible(mayAssign);
        errors.register("registrant", registrant).register("caseWorker", worker);
        FormLayout form = new FormLayout(registrant, worker);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button("Open case", event -> {
            errors.clear();
            try {
                if (registrant.getValue() == null) {
                    throw new InvalidValueException("registrant", "Choose the registrant or household the case is about");
                }
                CaseId id = useCases.open().open(new OpenCaseUseCase.Command(registrant.getValue().id(),
                        Optional.ofNullable(worker.getValue()).map(CaseWorker::id)));
                close();
                opened.accept(id);
            } catch (DomainException problem) {
                errors.show(problem);
            }
        });
        save.setId("save-case");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), save);
        setWidth("32em");
    }
}
