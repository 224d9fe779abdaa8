package app.commonground.space;

import org.springframework.security.access.AccessDeniedException;

/** A partner trying a counsellor's step (recording a session, keeping a counsellor's note). */
public class CounsellorOnlyException extends AccessDeniedException {

    public CounsellorOnlyException() {
        super("Only the counsellor records sessions and writes counsellor notes.");
    }
}
