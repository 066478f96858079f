package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.sessiontracking.adapters.web.session.SessionTabContext;
import org.sessiontracking.adapters.web.session.SessionTabProvider;
import org.sessiontracking.application.attendance.port.in.PrintSignInSheetUseCase;

import java.time.ZoneId;

/** Puts the Attendance tab on the session page, after Details, with "Print sign-in sheet" beside the import. */
public final class AttendanceTabProvider implements SessionTabProvider {

    private final AttendanceUseCases useCases;
    private final PrintSignInSheetUseCase print;

    public AttendanceTabProvider(AttendanceUseCases useCases, PrintSignInSheetUseCase print) {
        this.useCases = useCases;
        this.print = print;
    }

    @Override
    public String label() {
        return "Attendance";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(SessionTabContext session) {
        AttendanceTab tab = new AttendanceTab(useCases, session.id(), ZoneId.systemDefault(), session.onStored());
        tab.addSheetAction(printButton(print, session));
        return tab;
    }

    static Button printButton(PrintSignInSheetUseCase print, SessionTabContext session) {
        Button button = new Button("Print sign-in sheet", VaadinIcon.PRINT.create());
        button.setId("print-sheet");
        button.setTooltipText("A PDF of this session's roster to sign on paper");
        button.addClickListener(event -> new PrintSignInSheetDialog(print, session.id(),
                button.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ENGLISH)).open());
        return button;
    }
}
