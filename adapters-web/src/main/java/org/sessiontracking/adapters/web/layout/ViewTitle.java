package org.sessiontracking.adapters.web.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The title of the screen shown, in the frame's header. Set after each navigation; a screen whose
 * title changes without one (a new session, once saved, is that session) calls {@link #refresh}.
 */
public final class ViewTitle extends Span {

    public ViewTitle() {
        addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        setId("view-title");
    }

    /** Shows the title of this screen: its dynamic title, else its {@code @PageTitle} or menu title. */
    public void show(Component view) {
        setText(view == null ? ""
                : view instanceof HasDynamicTitle dynamic ? dynamic.getPageTitle()
                : MenuConfiguration.getPageHeader(view).orElse(""));
    }

    /** The screen's title changed: the header of its UI (if it has one) shows the new title. */
    public static void refresh(Component view) {
        view.getUI().map(ui -> ComponentUtil.getData(ui, ViewTitle.class)).ifPresent(title -> title.show(view));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ComponentUtil.setData(event.getUI(), ViewTitle.class, this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ComponentUtil.getData(event.getUI(), ViewTitle.class) == this) {
            ComponentUtil.setData(event.getUI(), ViewTitle.class, null);
        }
    }
}
