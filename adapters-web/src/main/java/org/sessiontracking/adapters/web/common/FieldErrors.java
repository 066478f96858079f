package org.sessiontracking.adapters.web.common;

import com.vaadin.flow.component.HasValidation;
import org.sessiontracking.domain.common.DomainException;

import java.util.HashMap;
import java.util.Map;

/**
 * Shows a refused input next to the field it is about. Forms register their fields under the names
 * that {@link DomainException#field()} uses; a problem without a known field becomes a notification.
 * Nothing the user typed is cleared.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new HashMap<>();

    public FieldErrors register(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public void show(DomainException problem) {
        HasValidation field = problem.field().map(fields::get).orElse(null);
        if (field == null) {
            Notifications.error(problem.getMessage());
            return;
        }
        field.setErrorMessage(problem.getMessage());
        field.setInvalid(true);
    }
}
