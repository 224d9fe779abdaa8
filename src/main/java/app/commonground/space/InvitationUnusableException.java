package app.commonground.space;

/** An invitation that cannot be used (any more), with the reason. */
public class InvitationUnusableException extends RuntimeException {

    private final InvitationStatus status;

    public InvitationUnusableException(InvitationStatus status) {
        super("Invitation cannot be used: " + status);
        this.status = status;
    }

    public InvitationStatus status() {
        return status;
    }
}
