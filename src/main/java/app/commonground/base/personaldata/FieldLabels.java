package app.commonground.base.personaldata;

/**
 * The label of each field of the readable copy ({@code my-data.html}): the message key for the name of a field of a
 * record the export shows (a record of a {@link PersonalData.Section}, or what its {@link PersonalData.InWords}
 * says), in the language of the person who downloads it. A field without a label here is a mistake, not a field
 * to show as it is named in the code: the export refuses it, so a test finds it.
 */
final class FieldLabels {

    private FieldLabels() {
    }

    /** The message key of the label of the field named {@code field} ("createdAt": "Created at"). */
    static String key(String field) {
        return switch (field) {
            case "space" -> "export.field.space";
            case "shared" -> "export.field.shared";
            case "kind" -> "export.field.kind";
            case "title" -> "export.field.title";
            case "notes" -> "export.field.notes";
            case "status" -> "export.field.status";
            case "targetDate" -> "export.field.targetDate";
            case "support" -> "export.field.support";
            case "achievedAt" -> "export.field.achievedAt";
            case "archivedAt" -> "export.field.archivedAt";
            case "hiddenFromCounsellor" -> "export.field.hiddenFromCounsellor";
            case "addedByYou" -> "export.field.addedByYou";
            case "createdAt" -> "export.field.createdAt";
            case "updatedAt" -> "export.field.updatedAt";
            case "occurredAt" -> "export.field.occurredAt";
            case "byYou" -> "export.field.byYou";
            case "aboutYou" -> "export.field.aboutYou";
            case "subjectTitle" -> "export.field.subjectTitle";
            case "details" -> "export.field.details";
            case "quote" -> "export.field.quote";
            case "earlierWording" -> "export.field.earlierWording";
            case "emailsAbout" -> "export.field.emailsAbout";
            case "quietFrom" -> "export.field.quietFrom";
            case "quietUntil" -> "export.field.quietUntil";
            case "timeZone" -> "export.field.timeZone";
            case "day" -> "export.field.day";
            case "about" -> "export.field.about";
            case "outcome" -> "export.field.outcome";
            case "sentAt" -> "export.field.sentAt";
            case "checkinStartedAt" -> "export.field.checkinStartedAt";
            case "connection" -> "export.field.connection";
            case "showedUp" -> "export.field.showedUp";
            case "ratingsShared" -> "export.field.ratingsShared";
            case "newInformation" -> "export.field.newInformation";
            case "newInformationShared" -> "export.field.newInformationShared";
            case "puzzledOrWorried" -> "export.field.puzzledOrWorried";
            case "puzzledShared" -> "export.field.puzzledShared";
            case "feltHeavy" -> "export.field.feltHeavy";
            case "heavyShared" -> "export.field.heavyShared";
            case "wish" -> "export.field.wish";
            case "wishShared" -> "export.field.wishShared";
            case "submittedAt" -> "export.field.submittedAt";
            case "ownPlan" -> "export.field.ownPlan";
            case "togetherPlan" -> "export.field.togetherPlan";
            case "position" -> "export.field.position";
            case "words" -> "export.field.words";
            case "raisedAt" -> "export.field.raisedAt";
            case "publishedAt" -> "export.field.publishedAt";
            case "sharedWithCounsellor" -> "export.field.sharedWithCounsellor";
            case "reviewDate" -> "export.field.reviewDate";
            case "partnersRestatement" -> "export.field.partnersRestatement";
            case "yourCorrection" -> "export.field.yourCorrection";
            case "yourRestatement" -> "export.field.yourRestatement";
            case "feeling" -> "export.field.feeling";
            case "values" -> "export.field.values";
            case "ready" -> "export.field.ready";
            case "revealedAt" -> "export.field.revealedAt";
            case "name" -> "export.field.name";
            case "meaning" -> "export.field.meaning";
            case "proposedByYou" -> "export.field.proposedByYou";
            case "agreedAt" -> "export.field.agreedAt";
            case "heldOn" -> "export.field.heldOn";
            case "recordedByYou" -> "export.field.recordedByYou";
            case "recordedAt" -> "export.field.recordedAt";
            case "sessionStartsAt" -> "export.field.sessionStartsAt";
            case "askedAt" -> "export.field.askedAt";
            case "area" -> "export.field.area";
            case "owner" -> "export.field.owner";
            case "cadence" -> "export.field.cadence";
            case "doneMeans" -> "export.field.doneMeans";
            case "minutesPerWeek" -> "export.field.minutesPerWeek";
            case "state" -> "export.field.state";
            case "proposedAt" -> "export.field.proposedAt";
            case "email" -> "export.field.email";
            case "role" -> "export.field.role";
            case "joinedAt" -> "export.field.joinedAt";
            case "lastSeenAt" -> "export.field.lastSeenAt";
            case "approved" -> "export.field.approved";
            case "decidedAt" -> "export.field.decidedAt";
            case "change" -> "export.field.change";
            case "happenedAt" -> "export.field.happenedAt";
            case "what" -> "export.field.what";
            case "readAt" -> "export.field.readAt";
            case "situation" -> "export.field.situation";
            case "step" -> "export.field.step";
            case "openedByYou" -> "export.field.openedByYou";
            case "openedAt" -> "export.field.openedAt";
            case "yourCoreNeeds" -> "export.field.yourCoreNeeds";
            case "yourFlexibleOn" -> "export.field.yourFlexibleOn";
            case "yourDraftReady" -> "export.field.yourDraftReady";
            case "restatementOfYou" -> "export.field.restatementOfYou";
            case "restatementStatus" -> "export.field.restatementStatus";
            case "text" -> "export.field.text";
            case "yourRating" -> "export.field.yourRating";
            case "madeAt" -> "export.field.madeAt";
            default -> throw new IllegalStateException("No label for the field " + field
                    + " of the export: give it one in FieldLabels and in both message bundles");
        };
    }
}
