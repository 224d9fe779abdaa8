package app.commonground.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.webshare.ShareContent;
import com.vaadin.flow.component.webshare.WebShare;
import com.vaadin.flow.component.webshare.WebShareSupport;

/**
 * A moment shared out as plain text: through the phone's share sheet where the browser has one, copied to the
 * clipboard otherwise. Both run in the browser's own click, which they need. The text is fixed when the button
 * is made: make a new button for other words.
 */
public final class ShareButton {

    private ShareButton() {
    }

    /** A "Share" button for this text (the caller makes sure it holds nobody's private words). */
    public static Button of(String title, String text) {
        Button share = new Button();
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        share.addClassName("cg-share");
        if (WebShare.supportSignal().peek() == WebShareSupport.SUPPORTED) {
            Texts.text(share, "share.share");
            share.setIcon(VaadinIcon.SHARE.create());
            WebShare.onClick(share).share(ShareContent.create().title(title).text(text), () -> { },
                    failed -> {
                        if (!"AbortError".equals(failed.name())) {
                            Notification.show(Texts.t("share.failed"));
                        }
                    });
        } else {
            Texts.text(share, "share.copy");
            share.setIcon(VaadinIcon.COPY_O.create());
            Clipboard.onClick(share).writeText(text, copied -> Notification.show(Texts.t("share.copied")),
                    failed -> Notification.show(Texts.t("share.copyFailed")));
        }
        return share;
    }
}
