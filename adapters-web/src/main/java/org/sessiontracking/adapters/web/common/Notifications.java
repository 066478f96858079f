package org.sessiontracking.adapters.web.common;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The three kinds of message the screens show in a toast. */
public final class Notifications {

    private static final int SHORT = 3000;
    private static final int LONG = 8000;

    private Notifications() {
    }

    public static void success(String message) {
        show(message, SHORT, NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        show(message, LONG, NotificationVariant.LUMO_ERROR);
    }

    public static void warning(String message) {
        show(message, LONG, NotificationVariant.LUMO_WARNING);
    }

    private static void show(String message, int duration, NotificationVariant variant) {
        Notification notification = Notification.show(message, duration, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
