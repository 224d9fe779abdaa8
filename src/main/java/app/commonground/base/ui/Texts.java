package app.commonground.base.ui;

import app.commonground.base.Reason;
import app.commonground.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.shared.HasTooltip;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way a screen puts words on a component: in the viewer's language ({@link UI#getLocale()}), from the
 * messages (see {@code Messages}), and again in the new language when the viewer chooses another, on every screen
 * they have open, without rebuilding anything (what they are typing stays). Each component keeps, per place (its
 * text, its label, ...), the last words given to it, and each screen knows its components that have words (menus
 * and dialogs not on the page too); {@link #relocalize} says them all again.
 */
public final class Texts {

    private Texts() {
    }

    /** The message {@code key} in the current screen's language (in English where no screen is at hand). */
    public static String t(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? ELSEWHERE.getTranslation(key, Locale.ENGLISH, args) : ui.getTranslation(key, args);
    }

    private static final Messages ELSEWHERE = new Messages();

    /** Why a service refused something, in the current screen's language. */
    public static String t(Reason reason) {
        return t(reason.key(), reason.args().toArray());
    }

    /** The component's text: the message {@code key}. */
    public static <C extends Component & HasText> C text(C component, String key, Object... args) {
        return text(component, () -> t(key, args));
    }

    /** The component's text, made of messages by {@code words} (which reads only the model, never the screen). */
    public static <C extends Component & HasText> C text(C component, Supplier<String> words) {
        return bind(component, "text", words, component::setText);
    }

    public static <C extends Component & HasLabel> C label(C component, String key, Object... args) {
        return bind(component, "label", () -> t(key, args), component::setLabel);
    }

    public static <C extends Component & HasPlaceholder> C placeholder(C component, String key, Object... args) {
        return bind(component, "placeholder", () -> t(key, args), component::setPlaceholder);
    }

    public static <C extends Component & HasHelper> C helper(C component, String key, Object... args) {
        return bind(component, "helper", () -> t(key, args), component::setHelperText);
    }

    public static <C extends Component & HasTooltip> C tooltip(C component, String key, Object... args) {
        return bind(component, "tooltip", () -> t(key, args), component::setTooltipText);
    }

    /** What a screen reader says for the component (its {@code aria-label}). */
    public static <C extends Component> C aria(C component, String key, Object... args) {
        return bind(component, "aria-label", () -> t(key, args),
                words -> component.getElement().setAttribute("aria-label", words));
    }

    /** Any other place: {@code set} is given the words now and in each new language. */
    public static <C extends Component> C bind(C component, String place, Supplier<String> words,
                                               Consumer<String> set) {
        Runnable say = () -> set.accept(words.get());
        say.run();
        Places places = ComponentUtil.getData(component, Places.class);
        if (places == null) {
            places = new Places();
            ComponentUtil.setData(component, Places.class, places);
            UI ui = UI.getCurrent();
            if (ui != null) {
                worded(ui).add(component);
            }
        }
        places.put(place, say);
        return component;
    }

    /** Says every component's words on this screen again, in the language the screen now has. */
    public static void relocalize(UI ui) {
        List.copyOf(worded(ui)).forEach(component -> ComponentUtil.getData(component, Places.class).values()
                .forEach(Runnable::run));
    }

    /** The screen's components that have words, held no longer than the screen holds them. */
    private static Set<Component> worded(UI ui) {
        Worded worded = ComponentUtil.getData(ui, Worded.class);
        if (worded == null) {
            worded = new Worded();
            ComponentUtil.setData(ui, Worded.class, worded);
        }
        return worded.components;
    }

    /** A component's words by place, in the order they were first given. */
    private static final class Places extends LinkedHashMap<String, Runnable> {
    }

    private static final class Worded {
        final Set<Component> components = Collections.newSetFromMap(new WeakHashMap<>());
    }
}
