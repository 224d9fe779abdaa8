package app.commonground.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/** A friendly page for anything unexpected while opening a page; the details go to the log, not the screen. */
@PageTitle("Something went wrong · Common Ground")
@AnonymousAllowed
public class ErrorView extends Composite<CardPage> implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final CardPage page = new CardPage("Something went wrong on our side",
            "Nothing you saved is lost. Please try again in a moment.");

    @Override
    protected CardPage initContent() {
        return page;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error opening {} (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        Anchor home = new Anchor("", "Go to my spaces");
        home.addClassName("cg-button-link");
        page.add(home);
        page.card().add(new Paragraph("Reference: " + reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
