package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.verification.port.in.DefineVerificationPeriodsUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.util.Map;

/** Generates the monthly, bimonthly or quarterly periods of a year in one go (all of them, or none). */
final class GeneratePeriodsDialog extends Dialog {

    private static final Map<Integer, String> LENGTHS = Map.of(1, "Monthly", 2, "Bimonthly (2 months)",
            3, "Quarterly (3 months)");

    GeneratePeriodsDialog(DefineVerificationPeriodsUseCase define, SessionType type, LocalDate today, Runnable saved) {
        setHeaderTitle("Generate the periods of a year for " + type.name());
        IntegerField year = new IntegerField("Year");
        year.setId("generate-year");
        year.setValue(today.getYear());
        year.setStepButtonsVisible(true);
        RadioButtonGroup<Integer> months = new RadioButtonGroup<>("Each period lasts");
        months.setId("generate-months");
        months.setItems(1, 2, 3);
        months.setItemLabelGenerator(LENGTHS::get);
        months.setValue(1);
        IntegerField deadlineDays = new IntegerField("Data entry until (days after each period's end)");
        deadlineDays.setId("generate-deadline-days");
        deadlineDays.setValue(5);
        deadlineDays.setMin(0);
        FieldErrors errors = new FieldErrors().register("year", year).register("months", months)
                .register("deadlineDays", deadlineDays).register("from", year);
        Button save = new Button("Generate", event -> {
            errors.clear();
            if (year.getValue() == null || deadlineDays.getValue() == null) {
                Notifications.error("Give the year and the number of days for the deadline");
                return;
            }
            try {
                int made = define.generate(new DefineVerificationPeriodsUseCase.GenerateCommand(type.id(),
                        year.getValue(), months.getValue(), deadlineDays.getValue())).size();
                Notifications.success(made + " periods of " + year.getValue() + " defined");
                close();
                saved.run();
            } catch (DomainException problem) {
                errors.show(problem);
            }
        });
        save.setId("save-generate");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(year, months, deadlineDays));
        getFooter().add(new Button("Cancel", event -> close()), save);
        setWidth("34em");
    }
}
