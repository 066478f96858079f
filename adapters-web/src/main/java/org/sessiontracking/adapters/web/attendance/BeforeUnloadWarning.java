package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.UI;

/**
 * Closing or reloading the browser tab is no navigation, so no leave dialog can ask: the browser is
 * asked to warn instead, while there are unsaved changes. The script runs on the page, not on a
 * component's element: a script queued on an element that leaves the screen in the same round trip
 * (Leave without saving) is dropped, and the next screen would then warn on a reload about changes
 * it does not have.
 */
final class BeforeUnloadWarning {

    private boolean on;

    /** Turns the warning on or off for the page of {@code ui} (nothing to do without one). */
    void set(UI ui, boolean warn) {
        if (warn == on || ui == null) {
            return;
        }
        on = warn;
        ui.getPage().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; }) : null",
                warn);
    }
}
