package app.commonground.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/** A friendly page for anything unexpected while opening a page; the details go to the log, not the screen. */
@AnonymousAllowed
public class ErrorView extends Composite<CardPage> implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final CardPage page = new CardPage(Texts.t("error.unexpected.title"), Texts.t("error.unexpected.lead"));

    @Override
    protected CardPage initContent() {
        return page;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error opening {} (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        Anchor home = Texts.text(new Anchor("", ""), "space.ended.home");
        home.addClassName("cg-button-link");
        page.add(home);
        page.card().add(Texts.text(new Paragraph(), "error.unexpected.reference", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("error.unexpected.pageTitle");
    }
}
