package app.commonground.page;

import app.commonground.base.ui.Texts;
import app.commonground.space.SpaceService;
import app.commonground.space.SpaceSummary;
import app.commonground.space.ui.SpaceRoutes;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.AfterNavigationEvent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The header's name of the space open on the page, and, for someone who belongs to several, a menu of the others
 * and of "My spaces". Shows nothing off a space's pages.
 */
final class SpaceSwitcher extends Composite<Div> {

    private final SpaceService spaces;

    SpaceSwitcher(SpaceService spaces) {
        this.spaces = spaces;
        getContent().addClassName("cg-space-switcher");
        getContent().setVisible(false);
    }

    /** Follows the page just opened: the space it belongs to, read with the person's others. */
    void show(AfterNavigationEvent event) {
        Div content = getContent();
        content.removeAll();
        Optional<UUID> open = SpaceRoutes.spaceIn(event.getRouteParameters());
        List<SpaceSummary> mine = open.isEmpty() ? List.of()
                : spaces.mySpaces().stream().filter(space -> !space.waitingForConsent()).toList();
        Optional<SpaceSummary> shown = open.flatMap(id -> mine.stream().filter(s -> s.id().equals(id)).findFirst());
        content.setVisible(shown.isPresent());
        shown.ifPresent(space -> content.add(mine.size() == 1 ? name(space) : menu(space, mine)));
    }

    private static Span name(SpaceSummary space) {
        Span name = new Span(space.name());
        name.addClassName("cg-space-switcher-name");
        return name;
    }

    private MenuBar menu(SpaceSummary shown, List<SpaceSummary> mine) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("space-switcher");
        Div label = new Div(name(shown), VaadinIcon.CHEVRON_DOWN_SMALL.create());
        label.addClassName("cg-space-switcher-label");
        MenuItem current = menu.addItem(label);
        Texts.aria(current, "frame.switcher.aria", shown.name());
        mine.stream().filter(space -> !space.id().equals(shown.id())).forEach(other -> current.getSubMenu()
                .addItem(other.name(), click -> navigate(SpaceRoutes.spacePath(other.id()))));
        current.getSubMenu().addSeparator();
        Texts.text(current.getSubMenu().addItem("", click -> navigate("")), "frame.nav.spaces");
        return menu;
    }

    private void navigate(String path) {
        getUI().ifPresent(ui -> ui.navigate(path));
    }
}
