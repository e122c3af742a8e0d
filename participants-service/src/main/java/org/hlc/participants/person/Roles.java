package org.hlc.participants.person;

/** Role names a person may hold here; mirrors the realm roles in org.hlc.platform.security.Roles. */
final class Roles {
    static final String PATTERN = "organizer|coach|expert|participant|jury|voter";

    private Roles() {
    }
}
