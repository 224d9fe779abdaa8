package app.commonground.board;

import java.util.List;

/** Who has a space open right now, and which items they are editing. */
public record SpacePresence(List<PresentPerson> here, List<EditingMarker> editing) {
}
