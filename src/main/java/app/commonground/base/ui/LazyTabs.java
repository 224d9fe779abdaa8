package app.commonground.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import com.vaadin.flow.shared.Registration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tabs whose sections are built when their tab is first opened, and kept from then on: a section nobody opened
 * costs neither memory nor work on a change. What a tab shows of its own (a count) comes from elsewhere.
 */
public final class LazyTabs extends Composite<TabSheet> {

    /** One tab's section: built on first use. */
    public static final class Section<T extends Component> {

        private final Tab tab;
        private final Div holder = new Div();
        private final Supplier<T> build;
        private T built;

        private Section(Tab tab, Supplier<T> build) {
            this.tab = tab;
            this.build = build;
            holder.addClassName("cg-section");
        }

        /** The section, built now if its tab was never opened. */
        public T get() {
            if (built == null) {
                built = build.get();
                holder.add(built);
            }
            return built;
        }

        /** The section if its tab was ever opened. */
        public Optional<T> ifBuilt() {
            return Optional.ofNullable(built);
        }

        public Tab tab() {
            return tab;
        }
    }

    private final Map<Tab, Section<?>> sections = new HashMap<>();

    public LazyTabs() {
        getContent().addSelectedChangeListener(selected -> {
            if (isAttached()) {
                buildSelected();
            }
        });
        addAttachListener(attach -> buildSelected());
    }

    /**
     * Adds a tab; its section is built when the tab is first selected while the tabs are on the page (so the
     * first tab, selected at once, is built only if no other is selected before the page shows).
     */
    public <T extends Component> Section<T> add(Tab tab, Supplier<T> build) {
        Section<T> section = new Section<>(tab, build);
        sections.put(tab, section);
        getContent().add(tab, section.holder);
        return section;
    }

    private void buildSelected() {
        Section<?> section = sections.get(getContent().getSelectedTab());
        if (section != null) {
            section.get();
        }
    }

    /** Tells {@code listener} each section whose tab is selected from now on, by the person or by a link. */
    public Registration addSelectedListener(Consumer<Section<?>> listener) {
        return getContent().addSelectedChangeListener(selected -> listener.accept(sections.get(selected.getSelectedTab())));
    }

    /** Opens a section's tab, and returns the section, built now if it never was. */
    public <T extends Component> T select(Section<T> section) {
        getContent().setSelectedTab(section.tab());
        return section.get();
    }
}
