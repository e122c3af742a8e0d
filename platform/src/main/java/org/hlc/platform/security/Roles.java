package org.hlc.platform.security;

/** Realm roles of the hlc Keycloak realm, read from the token's realm_access/roles. */
public final class Roles {
    public static final String ORGANIZER = "organizer";
    public static final String COACH = "coach";
    public static final String EXPERT = "expert";
    public static final String PARTICIPANT = "participant";
    public static final String JURY = "jury";
    public static final String VOTER = "voter";

    private Roles() {
    }
}
