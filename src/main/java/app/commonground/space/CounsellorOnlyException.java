package app.commonground.space;

import app.commonground.base.AccessRefusedException;

/** A partner trying a counsellor's step (recording a session, keeping a counsellor's note). */
public class CounsellorOnlyException extends AccessRefusedException {

    public CounsellorOnlyException() {
        super("refused.counsellorOnly");
    }
}
