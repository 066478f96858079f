package org.sessiontracking.adapters.web.common;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Says how long a text input is against its limit as the user types ("37/100"), after the field's
 * own hint. The field itself accepts more (nothing typed or pasted is cut off without a word); the
 * domain refuses a value over the limit with a message the form shows on the field.
 */
public final class CharacterCounter {

    private CharacterCounter() {
    }

    public static <F extends AbstractField<F, String> & HasHelper & HasValueChangeMode> void attach(
            F field, int limit, String hint) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(event -> show(field, limit, hint));
        show(field, limit, hint);
    }

    private static <F extends AbstractField<F, String> & HasHelper> void show(F field, int limit, String hint) {
        int length = field.getValue() == null ? 0 : field.getValue().strip().length();
        String count = length + "/" + limit + (length > limit ? ": " + (length - limit) + " too many" : "");
        field.setHelperText(hint == null || hint.isBlank() ? count : hint + " · " + count);
    }
}
