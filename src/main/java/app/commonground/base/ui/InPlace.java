package app.commonground.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Brings a container's children to a wanted list without taking out the ones that stay. A pushed update
 * that goes through here leaves a field someone is typing in, an open dropdown or a button under a finger
 * exactly where it was in the page: only what is new is inserted and only what is gone is removed.
 */
public final class InPlace {

    private InPlace() {
    }

    public static void children(HasOrderedComponents container, Component... wanted) {
        children(container, List.of(wanted));
    }

    public static void children(HasOrderedComponents container, List<? extends Component> wanted) {
        Set<Component> staying = Collections.newSetFromMap(new IdentityHashMap<>());
        staying.addAll(wanted);
        container.getChildren().filter(child -> !staying.contains(child)).toList().forEach(container::remove);
        for (int index = 0; index < wanted.size(); index++) {
            Component child = wanted.get(index);
            if (index >= container.getComponentCount() || container.getComponentAt(index) != child) {
                container.addComponentAtIndex(index, child);
            }
        }
    }
}
