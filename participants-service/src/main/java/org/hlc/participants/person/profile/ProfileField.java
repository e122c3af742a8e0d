package org.hlc.participants.person.profile;

/** Profile fields whose visibility a person chooses; the display name is always visible. */
public enum ProfileField {
    email(Visibility.PRIVATE),
    organisation(Visibility.COMMUNITY),
    initiativeName(Visibility.COMMUNITY),
    initiativeSummary(Visibility.COMMUNITY),
    country(Visibility.COMMUNITY),
    region(Visibility.COMMUNITY),
    timeZone(Visibility.COMMUNITY),
    languages(Visibility.COMMUNITY),
    bio(Visibility.COMMUNITY),
    availability(Visibility.COMMUNITY),
    introVideo(Visibility.COMMUNITY),
    wantsToLearn(Visibility.COMMUNITY),
    canContribute(Visibility.COMMUNITY);

    private final Visibility defaultVisibility;

    ProfileField(Visibility defaultVisibility) {
        this.defaultVisibility = defaultVisibility;
    }

    public Visibility defaultVisibility() {
        return defaultVisibility;
    }
}
