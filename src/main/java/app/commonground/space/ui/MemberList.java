package app.commonground.space.ui;

import app.commonground.base.ui.Avatars;
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
        Span name = new Span(member.isViewer() ? member.name() + " (you)" : member.name());
        name.addClassName("cg-member-name");
        boolean partner = member.role() == SpaceRole.PARTNER;
        Span role = new Span(partner ? "Partner" : member.pending() ? "Counsellor · waiting for consent" : "Counsellor · observing");
        role.addClassNames("cg-badge", partner ? "cg-badge-partner" : "cg-badge-observer");
        Div row = new Div(avatars.avatar(member.accountId(), member.name()), name, role);
        row.addClassName("cg-member");
        row.getElement().setAttribute("data-member", member.name());
        return row;
    }
}
