package app.commonground.account;

import java.util.UUID;

/**
 * Someone is deleting their account, inside the deleting transaction: each feature removes or anonymises what
 * is theirs before the account row goes (the database's keys do the rest).
 *
 * @param name the name they went by, for wording stored before it was structured
 */
public record AccountClosing(UUID accountId, String name) {
}
