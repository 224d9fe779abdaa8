package app.commonground.base.ui;

import com.vaadin.flow.component.html.Image;

/** The product's mark: two overlapping circles, the shared ground in the middle. */
public final class Brand {

    private Brand() {
    }

    public static Image mark() {
        Image mark = new Image("images/mark.svg", "");
        mark.addClassName("cg-mark");
        return mark;
    }
}
