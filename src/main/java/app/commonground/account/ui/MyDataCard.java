package app.commonground.account.ui;

import app.commonground.account.AccountService;
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

/** "Download my data": one ZIP, written as it is read. */
public class MyDataCard extends Composite<Div> {

    final Anchor download;

    public MyDataCard(AccountService accounts) {
        download = new Anchor((DownloadEvent event) -> {
            event.setFileName("common-ground-my-data-" + LocalDate.now() + ".zip");
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                accounts.exportMyData(out);
            }
        }, "");
        download.setId("download-my-data");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Download my data"));
        download.addClassNames("cg-download");
        Div card = getContent();
        card.addClassNames("cg-panel", "cg-account-card");
        card.setId("my-data");
        card.add(new H2("Your data"),
                new Paragraph("Everything you wrote here, or that is about you, in one ZIP file: a file per kind of "
                        + "record (JSON, for moving to another service) and a copy to read in any browser. Your own "
                        + "drafts and private answers are in it; your partner's private text and counsellors' notes "
                        + "never are."),
                download);
    }
}
