package org.sessiontracking.adapters.web.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.domain.user.Actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame around every signed-in screen: the side navigation built from the views' {@code @Menu}
 * annotations (Vaadin leaves out the views the user's role may not open), and the user's name with
 * sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final ViewTitle viewTitle = new ViewTitle();

    public MainLayout(AuthenticationContext authentication, CurrentUserUseCase currentUser) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, new DrawerToggle(), viewTitle, userBox(currentUser.currentUser()));
        addToDrawer(brand(), new Scroller(sideNav()));
    }

    private static Div brand() {
        Icon logo = VaadinIcon.CALENDAR_USER.create();
        logo.addClassNames(LumoUtility.TextColor.PRIMARY);
        Span name = new Span("Session Tracking");
        name.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        Div brand = new Div(logo, name);
        brand.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL,
                LumoUtility.Padding.MEDIUM);
        return brand;
    }

    private HorizontalLayout userBox(Actor actor) {
        Avatar avatar = new Avatar(actor.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        Span name = new Span(actor.displayName());
        name.setId("current-user");
        Span role = new Span(actor.role().label());
        role.getElement().getThemeList().add("badge contrast small");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), event -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        HorizontalLayout box = new HorizontalLayout(avatar, name, role, signOut);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Padding.Horizontal.MEDIUM);
        return box;
    }

    private static SideNav sideNav() {
        return sideNav(MenuConfiguration.getMenuEntries());
    }

    /**
     * One item per menu entry; an item is also the current one on the pages beneath it (a registrant's
     * compliance under Compliance) unless another entry lives beneath it (Enrolment under Compliance), so
     * that only one item is ever highlighted.
     */
    static SideNav sideNav(List<MenuEntry> entries) {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        Map<String, SideNavItem> groups = new LinkedHashMap<>();
        for (MenuEntry entry : entries) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            item.setMatchNested(entries.stream().noneMatch(other -> beneath(other.path(), entry.path())));
            MenuGroup group = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(MenuGroup.class);
            if (group == null) {
                nav.addItem(item);
            } else {
                groups.computeIfAbsent(group.value(), label -> {
                    SideNavItem parent = new SideNavItem(label);
                    parent.setPrefixComponent(new Icon(group.icon()));
                    parent.setExpanded(true);
                    nav.addItem(parent);
                    return parent;
                }).addItem(item);
            }
        }
        return nav;
    }

    private static boolean beneath(String path, String parent) {
        String prefix = parent.endsWith("/") ? parent : parent + "/";
        return !parent.isEmpty() && !parent.equals("/") && path.startsWith(prefix);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.show(getContent());
    }
}
