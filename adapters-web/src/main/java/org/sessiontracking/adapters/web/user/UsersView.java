package org.sessiontracking.adapters.web.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sessiontracking.adapters.web.layout.MenuGroup;
import org.sessiontracking.application.user.port.in.ManageUsersUseCase;
import org.sessiontracking.domain.user.User;

import java.util.Comparator;

/** Configuration &gt; Users: administrators add users, set their roles and deactivate them. */
@Route("config/users")
@PageTitle("Users")
@Menu(title = "Users", order = 95, icon = "vaadin:users")
@MenuGroup("Configuration")
@RolesAllowed("ADMINISTRATOR")
public class UsersView extends VerticalLayout {

    private final ManageUsersUseCase users;
    private final Grid<User> grid = new Grid<>();

    public UsersView(ManageUsersUseCase users) {
        this.users = users;
        setSizeFull();
        Button add = new Button("Add user", VaadinIcon.PLUS.create(), event -> UserDialog.add(users, this::refresh));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        HorizontalLayout toolbar = new HorizontalLayout(add);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.END);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(User::displayName).setHeader("Name").setSortable(true)
                .setComparator(Comparator.comparing(user -> user.displayName().toLowerCase())).setFlexGrow(2);
        grid.addColumn(user -> user.username().value()).setHeader("Username").setSortable(true).setFlexGrow(1);
        grid.addColumn(user -> user.role().label()).setHeader("Role").setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(UsersView::activeBadge).setHeader("Status").setSortable(true)
                .setComparator(User::active).setFlexGrow(0).setAutoWidth(true);
        grid.addItemClickListener(event -> UserDialog.edit(users, event.getItem(), this::refresh));
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private static Span activeBadge(User user) {
        Span badge = new Span(user.active() ? "Active" : "Deactivated");
        badge.getElement().getThemeList().add(user.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private void refresh() {
        grid.setItems(users.listUsers());
    }
}
