package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase.LineProblem;

import java.util.List;

/** Why a sign-in sheet was not imported: every problem, by line. Nothing was stored. */
final class ImportProblemsDialog {

    private static final int SHOWN = 200;

    private ImportProblemsDialog() {
    }

    static void show(List<LineProblem> problems) {
        Dialog dialog = new Dialog();
        dialog.setId("import-problems");
        dialog.setHeaderTitle("The sign-in sheet was not imported");
        dialog.setWidth("min(50em, 95vw)");
        dialog.add(new Div("Nothing was stored. Correct "
                + (problems.size() == 1 ? "this problem" : "these " + problems.size() + " problems")
                + " in the file and import it again:"));
        UnorderedList list = new UnorderedList();
        list.setId("import-problem-list");
        problems.stream().limit(SHOWN).forEach(problem -> list.add(new ListItem(problem.toString())));
        if (problems.size() > SHOWN) {
            list.add(new ListItem("... and " + (problems.size() - SHOWN) + " more"));
        }
        dialog.add(list);
        Button close = new Button("Close", event -> dialog.close());
        close.setId("import-problems-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
