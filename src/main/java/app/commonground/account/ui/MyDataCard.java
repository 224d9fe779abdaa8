package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.base.ui.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;

import java.io.OutputStream;
import java.time.LocalDate;

/** "Download my data": one ZIP, written as it is read, its README and readable copy in the language of this screen. */
public class MyDataCard extends Composite<Div> {

    final Anchor download;

    public MyDataCard(AccountService accounts) {
        download = new Anchor((DownloadEvent event) -> {
            event.setFileName("common-ground-my-data-" + LocalDate.now() + ".zip");
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                accounts.exportMyData(out, event.getUI().getLocale());
            }
        }, "");
        download.setId("download-my-data");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), Texts.text(new Span(), "account.data.download"));
        download.addClassNames("cg-download");
        Div card = getContent();
        card.addClassNames("cg-panel", "cg-account-card");
        card.setId("my-data");
        card.add(Texts.text(new H2(), "account.data.title"), Texts.text(new Paragraph(), "account.data.about"),
                download);
    }
}
