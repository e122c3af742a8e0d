package org.hlc.participants.person.profile;

/** Who may read a profile field, from the widest audience to the narrowest. */
public enum Visibility {
    /** Any signed-in caller, e.g. a voter without a community role. */
    PUBLIC,
    /** Members of the community: participants, coaches, experts, jury, organizers. */
    COMMUNITY,
    /** The person themself and organizers. */
    PRIVATE;

    public boolean readableBy(Visibility audience) {
        return audience.ordinal() >= ordinal();
    }
}
