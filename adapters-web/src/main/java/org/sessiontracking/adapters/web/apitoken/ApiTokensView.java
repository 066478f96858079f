package org.sessiontracking.adapters.web.apitoken;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.apitoken.ApiTokenRow;
import org.sessiontracking.application.apitoken.port.in.ManageApiTokensUseCase;
import org.sessiontracking.application.apitoken.port.in.ManageApiTokensUseCase.Scope;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.domain.apitoken.ApiToken;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * My API tokens: everyone signed in creates tokens for field apps and scripts (each shown once, to
 * copy), sees their tokens with when they were last used, and revokes one (after confirming).
 * Administrators may also list and revoke everyone's.
 */
@Route("api-tokens")
@PageTitle("My API tokens")
@Menu(title = "My API tokens", order = 100, icon = "vaadin:key")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ManageApiTokensUseCase tokens;
    private final ZoneId zone = ZoneId.systemDefault();
    private final TextField name = new TextField("Name of the new token");
    private final Checkbox everyone = new Checkbox("Show everyone's tokens");
    private final Grid<ApiTokenRow> grid = new Grid<>();
    private final Grid.Column<ApiTokenRow> ownerColumn;
    private final FieldErrors errors = new FieldErrors().register("name", name);

    public ApiTokensView(ManageApiTokensUseCase tokens, CurrentUserUseCase currentUser) {
        this.tokens = tokens;
        Actor actor = currentUser.currentUser();
        setSizeFull();

        Paragraph about = new Paragraph("A field app or a script signs in to the REST API (/api/v1) with a token "
                + "and then acts as you, with your role (" + actor.role().label() + "): it may do what you may do on "
                + "these screens, nothing more. Keep a token as secret as a password; revoke it when a device is lost "
                + "or no longer used. The API is described at /swagger-ui.html.");

        name.setId("token-name");
        name.setPlaceholder("e.g. Field tablet 3");
        name.setMaxLength(ApiToken.MAX_NAME_LENGTH);
        name.setWidth("20em");
        Button create = new Button("Create token", VaadinIcon.PLUS.create(), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-token");
        name.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, event -> create());
        HorizontalLayout toolbar = new HorizontalLayout(name, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (actor.may(Permission.MANAGE_USERS)) {
            everyone.setId("all-tokens");
            everyone.addValueChangeListener(event -> refresh());
            toolbar.add(everyone);
        }

        grid.setId("tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ApiTokenRow::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(ApiTokenRow::shown).setHeader("Token").setFlexGrow(1);
        ownerColumn = grid.addColumn(ApiTokenRow::ownerName).setHeader("Owner").setFlexGrow(1);
        grid.addColumn(row -> when(row.createdAt())).setHeader("Created").setFlexGrow(1);
        grid.addColumn(row -> row.lastUsedAt().map(this::when).orElse("never")).setHeader("Last used").setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader("Status").setFlexGrow(0).setWidth("15em");
        grid.addComponentColumn(this::revokeButton).setFlexGrow(0).setAutoWidth(true);
        grid.setEmptyStateText("No API tokens yet");

        add(about, toolbar, grid);
        expand(grid);
        refresh();
    }

    private void create() {
        try {
            ManageApiTokensUseCase.CreatedToken created = tokens.create(name.getValue());
            name.clear();
            errors.clear();
            refresh();
            new NewTokenDialog(created).open();
        } catch (DomainException problem) {
            errors.show(problem);
        }
    }

    private Span status(ApiTokenRow row) {
        Span badge = new Span(row.revoked() ? "Revoked " + when(row.revokedAt().orElseThrow()) : "Active");
        badge.getElement().getThemeList().add(row.revoked() ? "badge contrast" : "badge success");
        return badge;
    }

    private Button revokeButton(ApiTokenRow row) {
        Button revoke = new Button("Revoke", event -> confirmRevoke(row));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.setId("revoke-" + row.id().value());
        revoke.setVisible(!row.revoked());
        return revoke;
    }

    private void confirmRevoke(ApiTokenRow row) {
        ConfirmDialog confirm = new ConfirmDialog("Revoke the token \"" + row.name() + "\"?",
                "Every app or script that uses it (" + row.shown() + ") is refused from its next call on. "
                        + "This cannot be undone: give them a new token instead.", "Revoke token", event -> revoke(row));
        confirm.setId("confirm-revoke-token");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.open();
    }

    private void revoke(ApiTokenRow row) {
        try {
            tokens.revoke(row.id());
            Notifications.success("Token \"" + row.name() + "\" revoked");
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
        }
        refresh();
    }

    private void refresh() {
        boolean all = Optional.ofNullable(everyone.getValue()).orElse(false);
        ownerColumn.setVisible(all);
        grid.setItems(tokens.list(all ? Scope.EVERYONE : Scope.MINE));
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }
}
