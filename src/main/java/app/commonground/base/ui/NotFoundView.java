package app.commonground.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address, and equally for a space the visitor does not belong to: the two look
 * exactly alike.
 */
@AnonymousAllowed
public class NotFoundView extends Composite<CardPage> implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    protected CardPage initContent() {
        Anchor home = Texts.text(new Anchor("", ""), "space.ended.home");
        home.addClassName("cg-button-link");
        return new CardPage(Texts.t("error.notFound.title"), Texts.t("error.notFound.lead")).add(home);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("error.notFound.pageTitle");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
