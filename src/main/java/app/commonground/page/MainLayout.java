package app.commonground.page;

import app.commonground.base.ui.Brand;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.Texts;
import app.commonground.reminder.ReminderService;
import app.commonground.security.CurrentUser;
import app.commonground.security.SignedInUser;
import app.commonground.space.SpaceService;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in page: the product's mark (the way home), "My spaces" or, in a space, its name and
 * the way to the person's others, and the signed-in person.
 */
@Layout
@PermitAll
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main content = new Main();

    private final SpaceSwitcher switcher;
    private final RouterLink spaces = Texts.text(new RouterLink("", MySpacesView.class), "frame.nav.spaces");

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, ReminderService reminders,
                      SpaceService spaceService) {
        SignedInUser user = currentUser.require();
        // Quiet hours are the person's own: the first page they open says which time zone they live in.
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details ->
                Dates.zoneOf(details.getTimeZoneId()).ifPresent(reminders::knowMyZone)));
        addClassName("cg-shell");

        RouterLink home = new RouterLink();
        home.setRoute(MySpacesView.class);
        home.add(Brand.mark(), new Span("Common Ground"));
        home.addClassName("cg-brand");
        Texts.aria(home, "frame.brand.aria");

        spaces.addClassName("cg-nav-link");
        spaces.setHighlightCondition((link, event) -> event.getLocation().getPath().isEmpty()
                || event.getLocation().getPath().startsWith("spaces"));

        MenuBar userMenu = new MenuBar();
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.addClassName("cg-user-menu");
        Span name = new Span(user.displayName());
        name.addClassName("cg-user-name");
        // One calm colour for "you": in a space, each member's colour follows the order they joined it.
        Div who = new Div(new Avatar(user.displayName()), name);
        who.addClassName("cg-user");
        MenuItem me = userMenu.addItem(who);
        Texts.aria(me, "frame.user.aria");
        Texts.text(me.getSubMenu().addItem("", e -> getUI().ifPresent(ui -> ui.navigate("account"))),
                "frame.user.account");
        Texts.text(me.getSubMenu().addItem("", e -> authentication.logout()), "frame.user.signOut");

        switcher = new SpaceSwitcher(spaceService);
        Nav nav = new Nav(spaces, switcher);
        nav.addClassName("cg-nav");
        Header header = new Header(home, nav, userMenu);
        header.addClassName("cg-header");
        content.addClassName("cg-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    /** Whatever page a person opened first since signing in, the next one is not their landing any more. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        MySpacesView.landed();
        switcher.show(event);
        spaces.setVisible(!switcher.isVisible());
    }
}
