package app.commonground.checkin;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** One "I appreciated…" of a partner's answers. */
@Entity
@Table(name = "appreciation")
class Appreciation {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id")
    private CheckinAnswer answer;
    private int sortOrder;
    private String words;
    @Enumerated(EnumType.STRING)
    private LinkKind linkKind;
    private UUID linkId;
    private boolean shared;
    @Version
    private Long version;

    protected Appreciation() {
    }

    Appreciation(CheckinAnswer answer, int sortOrder, AppreciationDraft draft) {
        this.id = UUID.randomUUID();
        this.answer = answer;
        this.sortOrder = sortOrder;
        this.words = draft.text();
        this.linkKind = draft.linkKind();
        this.linkId = draft.linkId();
        this.shared = draft.shared();
    }

    int sortOrder() { return sortOrder; }

    AppreciationDraft draft() {
        return new AppreciationDraft(words, linkKind, linkId, shared);
    }
}
