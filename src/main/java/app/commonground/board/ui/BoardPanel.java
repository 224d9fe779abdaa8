package app.commonground.board.ui;

import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.BackGesture;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.Texts;
import app.commonground.board.Board;
import app.commonground.board.BoardColumn;
import app.commonground.board.BoardProjection;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Direction;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.BoardSnapshot;
import app.commonground.board.EditConflictException;
import app.commonground.board.EditingMarker;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import app.commonground.board.Presence;
import app.commonground.board.PresenceProjection;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceMembers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The three columns of goals and hobbies, and the archive. Cards are kept per item and updated in place,
 * so a change pushed from someone else neither rebuilds the page nor disturbs an open editor.
 */
public class BoardPanel extends Composite<Div> implements ItemCard.Actions, LiveScreen.Section {

    /** What the board tells the page around it: which item this screen is editing. */
    public interface EditingListener {
        void editing(UUID itemId);

        void stoppedEditing();
    }

    private final BoardService board;
    private final LiveScreen screen;
    private final EditingListener editingListener;
    private final Div columns = new Div();
    private final Details archive = new Details();
    private final Div archiveList = new Div();
    private final Map<UUID, ItemCard> cards = new HashMap<>();
    private final Map<UUID, ColumnView> columnViews = new HashMap<>();
    private UUID spaceId;
    private List<EditingMarker> markers = List.of();
    private List<ColumnKey> columnLayout = List.of();
    private UUID viewerId;
    private BoardSnapshot shown;
    private ItemEditor editor;
    private UUID opening;

    public BoardPanel(BoardService board, LiveScreen screen, EditingListener editingListener) {
        this.board = board;
        this.screen = screen;
        this.editingListener = editingListener;
        columns.addClassName("cg-board");
        Texts.bind(archive, "summary", () -> Texts.t("board.archive", 0), archive::setSummaryText);
        archive.add(archiveList);
        archive.addClassName("cg-archive");
        getContent().addClassName("cg-board-panel");
        getContent().add(columns, archive);
        screen.add(this);
    }

    /**
     * Shows the board as the viewer may see it in this model: only what changed since the last model is
     * touched, cards are updated in place, and a goal someone just achieved is celebrated.
     */
    @Override
    public void show(SpaceModel model, UUID viewer) {
        SpaceMembers members = model.get(SpaceMembers.class);
        members.viewer(viewer).ifPresent(seen -> {
            spaceId = model.spaceId();
            viewerId = viewer;
            BoardSnapshot snapshot = BoardProjection.of(model.get(Board.class), members, seen);
            if (!snapshot.equals(shown)) {
                celebrate(snapshot, members.details(seen));
                showBoard(snapshot);
            }
            if (opening != null) {
                open(opening);
                opening = null;
            }
            showEditing(PresenceProjection.of(model.get(Presence.class), members).editing());
        });
    }

    private void celebrate(BoardSnapshot snapshot, SpaceDetails space) {
        if (shown == null) {
            return;
        }
        snapshot.columns().stream().flatMap(column -> column.items().stream())
                .filter(item -> item.achieved() && shown.item(item.id()).filter(ItemView::achieved).isEmpty())
                .forEach(item -> Celebration.show(item, space));
    }

    private void showBoard(BoardSnapshot snapshot) {
        shown = snapshot;
        List<ColumnKey> layout = snapshot.columns().stream().map(ColumnKey::of).toList();
        if (!layout.equals(columnLayout)) {
            rebuildColumns(snapshot.columns());
            columnLayout = layout;
        }
        Map<UUID, ItemCard> seen = new HashMap<>();
        for (BoardColumn column : snapshot.columns()) {
            columnViews.get(columnId(column)).show(column, seen);
        }
        archiveList.removeAll();
        snapshot.archived().forEach(item -> archiveList.add(archivedRow(item)));
        int archived = snapshot.archived().size();
        Texts.bind(archive, "summary", () -> Texts.t("board.archive", archived), archive::setSummaryText);
        archive.setVisible(!snapshot.archived().isEmpty());
        cards.keySet().retainAll(seen.keySet());
        cards.putAll(seen);
        showEditing(markers);
    }

    /** Marks the items someone else is editing right now; touches only the cards whose marker changed. */
    private void showEditing(List<EditingMarker> current) {
        markers = current;
        cards.forEach((itemId, card) -> card.showEditing(current.stream()
                .filter(m -> m.itemId().equals(itemId) && !m.accountId().equals(viewerId))
                .map(EditingMarker::name).findFirst().orElse(null)));
    }

    private void rebuildColumns(List<BoardColumn> shown) {
        columns.removeAll();
        columnViews.clear();
        cards.clear();
        for (BoardColumn column : shown) {
            ColumnView view = new ColumnView(column);
            columnViews.put(columnId(column), view);
            columns.add(view);
        }
    }

    private static UUID columnId(BoardColumn column) {
        return column.ownerId() == null ? new UUID(0, 0) : column.ownerId();
    }

    /** What decides a column's heading and buttons: when it changes, the columns are built anew. */
    private record ColumnKey(UUID ownerId, String label, boolean addable) {
        static ColumnKey of(BoardColumn column) {
            return new ColumnKey(column.ownerId(), heading(column), column.addable());
        }
    }

    /** "Me", "Us" and the other partner's name for a partner; the partners' names and "Shared" for a counsellor. */
    private static String heading(BoardColumn column) {
        if (column.shared()) {
            return Texts.t(column.addable() ? "board.column.us" : "board.column.shared");
        }
        return column.addable() ? Texts.t("board.column.me") : column.ownerName();
    }

    private Component archivedRow(ItemView item) {
        Span title = new Span(item.title());
        title.addClassName("cg-archived-title");
        Span whose = item.shared() ? Texts.text(new Span(), "board.column.us") : new Span(item.ownerName());
        whose.addClassName("cg-archived-whose");
        Div row = new Div(title, whose);
        row.addClassName("cg-archived");
        if (item.changeable()) {
            Button restore = Texts.text(new Button("", click -> board.restore(item.id())), "board.archive.restore");
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            row.add(restore);
        }
        return row;
    }

    /**
     * Opens the item an address names, if the viewer sees it on this board or in its archive: now, or as soon as
     * the board has its first model (a page being loaded has none yet).
     */
    public void open(UUID itemId) {
        if (shown == null) {
            opening = itemId;
        } else {
            shown.item(itemId).ifPresent(this::open);
        }
    }

    @Override
    public void open(ItemView item) {
        editor().openItem(item);
        if (item.changeable()) {
            editingListener.editing(item.id());
        }
    }

    @Override
    public void markAchieved(ItemView item) {
        try {
            board.setStatus(item.id(), item.revision(), ItemStatus.ACHIEVED);
        } catch (EditConflictException changed) {
            Notification.show(Texts.t("board.item.changedMeanwhile", changed.current().updatedByName()),
                    5000, Notification.Position.BOTTOM_CENTER);
        }
    }

    @Override
    public void moveUp(ItemView item) {
        board.reorder(item.id(), Direction.UP);
    }

    @Override
    public void moveDown(ItemView item) {
        board.reorder(item.id(), Direction.DOWN);
    }

    @Override
    public void moveAcross(ItemView item) {
        if (item.shared()) {
            board.moveToMine(item.id());
        } else {
            board.moveToShared(item.id());
        }
    }

    @Override
    public void hideFromCounsellor(ItemView item, boolean hidden) {
        board.hideFromCounsellor(item.id(), hidden);
    }

    @Override
    public void archive(ItemView item) {
        board.archive(item.id());
        Notification.show(Texts.t("board.item.archived", item.title()),
                5000, Notification.Position.BOTTOM_CENTER);
    }

    /** The screen's one item editor, built the first time someone opens it and kept in the page from then on. */
    private ItemEditor editor() {
        if (editor == null) {
            editor = new ItemEditor(board, screen);
            BackGesture.closes(editor, () -> Optional.ofNullable(editor.item()).map(item -> new BackGesture.Address(
                    SpaceLinks.item(spaceId, item.id()), SpaceLinks.section(spaceId, SpaceLinks.Section.BOARD))));
            editor.addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    editingListener.stoppedEditing();
                }
            });
            getContent().add(editor);
        }
        return editor;
    }

    /** One column: its heading, its add button and its cards in order. */
    private final class ColumnView extends Div {

        private final Div list = new Div();
        private final Paragraph empty = new Paragraph();
        private final Span count = new Span();

        ColumnView(BoardColumn column) {
            addClassName("cg-column");
            if (column.shared()) {
                addClassName("cg-column-shared");
            }
            H2 heading = Texts.text(new H2(), () -> heading(column));
            count.addClassName("cg-column-count");
            Div head = new Div(heading, count);
            head.addClassName("cg-column-head");
            if (column.addable()) {
                Button add = Texts.text(new Button("", VaadinIcon.PLUS.create(), click -> editor().openNew(spaceId,
                        column.shared() ? Placement.SHARED : Placement.MINE, heading(column))), "board.column.add");
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                Texts.bind(add, "aria-label", () -> Texts.t("board.column.addTo", heading(column)),
                        words -> add.getElement().setAttribute("aria-label", words));
                head.add(add);
            }
            list.addClassName("cg-column-items");
            empty.addClassName("cg-column-empty");
            Texts.text(empty, column.shared()
                    ? column.addable() ? "board.column.emptyUs" : "board.column.emptyShared"
                    : column.addable() ? "board.column.emptyMe" : "board.column.emptyTheirs");
            add(head, empty, list);
        }

        void show(BoardColumn column, Map<UUID, ItemCard> seen) {
            List<Component> wanted = new ArrayList<>();
            for (ItemView item : column.items()) {
                ItemCard card = cards.get(item.id());
                if (card == null) {
                    card = new ItemCard(item, BoardPanel.this);
                } else {
                    card.show(item);
                }
                seen.put(item.id(), card);
                wanted.add(card);
            }
            InPlace.children(list, wanted);
            count.setText(String.valueOf(column.items().size()));
            empty.setVisible(column.items().isEmpty());
        }
    }
}
