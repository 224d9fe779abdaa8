package app.commonground.space.ui;

import app.commonground.base.ui.Avatars;
import app.commonground.base.ui.Texts;
import app.commonground.space.Member;
import app.commonground.space.SpaceRole;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** The people in a space, each with their role. */
class MemberList extends Composite<Div> {

    MemberList() {
        getContent().addClassName("cg-member-list");
    }

    void show(List<Member> members) {
        getContent().removeAll();
        Avatars avatars = new Avatars(members.stream().map(Member::accountId).toList());
        members.forEach(member -> getContent().add(row(member, avatars)));
    }

    private static Div row(Member member, Avatars avatars) {
        Span name = member.isViewer() ? Texts.text(new Span(), "space.members.you", member.name())
                : new Span(member.name());
        name.addClassName("cg-member-name");
        boolean partner = member.role() == SpaceRole.PARTNER;
        Span role = Texts.text(new Span(), partner ? "space.memberList.partner"
                : member.pending() ? "space.memberList.counsellor.waiting" : "space.memberList.counsellor.observing");
        role.addClassNames("cg-badge", partner ? "cg-badge-partner" : "cg-badge-observer");
        Div row = new Div(avatars.avatar(member.accountId(), member.name()), name, role);
        row.addClassName("cg-member");
        row.getElement().setAttribute("data-member", member.name());
        return row;
    }
}
