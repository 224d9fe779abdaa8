package app.commonground.board;

import app.commonground.base.AccessRefusedException;

/** A partner's own goals and hobbies are theirs to change: the other partner can read them, not edit or move them. */
public class NotYourItemException extends AccessRefusedException {

    public NotYourItemException(String ownerName) {
        super("refused.board.notYours", ownerName);
    }
}
