package org.hlc.award.entry;

public enum EntryStatus {
    SUBMITTED, ACCEPTED, REJECTED, WITHDRAWN
}
