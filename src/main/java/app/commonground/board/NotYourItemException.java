package app.commonground.board;

import org.springframework.security.access.AccessDeniedException;

/** A partner's own goals and hobbies are theirs to change: the other partner can read them, not edit or move them. */
public class NotYourItemException extends AccessDeniedException {

    public NotYourItemException(String ownerName) {
        super("Only " + ownerName + " can change " + ownerName + "'s own goals and hobbies");
    }
}
