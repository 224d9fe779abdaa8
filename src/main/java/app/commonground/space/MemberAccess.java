package app.commonground.space;

/** A member's role and standing in a space, as the access check reads it. */
record MemberAccess(SpaceRole role, MembershipStatus status) {
}
