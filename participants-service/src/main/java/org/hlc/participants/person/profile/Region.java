package org.hlc.participants.person.profile;

public enum Region {
    LATIN_AMERICA, WEST_AFRICA, EAST_AFRICA, MIDDLE_EAST_AND_ASIA, EUROPE, OTHER
}
