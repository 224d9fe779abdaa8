package app.commonground.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address, and equally for a space the visitor does not belong to: the two look
 * exactly alike.
 */
@PageTitle("Not found · Common Ground")
@AnonymousAllowed
public class NotFoundView extends Composite<CardPage> implements HasErrorParameter<NotFoundException> {

    @Override
    protected CardPage initContent() {
        Anchor home = new Anchor("", "Go to my spaces");
        home.addClassName("cg-button-link");
        return new CardPage("We couldn't find that page",
                "The link may be mistyped, or the page may not be shared with you.").add(home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
