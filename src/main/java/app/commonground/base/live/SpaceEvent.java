package app.commonground.base.live;

import java.util.UUID;

/**
 * Something that happened in a space and that every open screen of that space should reflect.
 * Events carry ids, never private content: each receiving screen reloads what it may see.
 */
public interface SpaceEvent {

    UUID spaceId();
}
