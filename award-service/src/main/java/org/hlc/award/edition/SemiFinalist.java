package org.hlc.award.edition;

import java.util.UUID;

/**
 * A confirmed semi-finalist as published for participants-service; {@code overrideReason} when not proposed. No vote
 * counts: the event is public before the results are.
 */
public record SemiFinalist(UUID entryId, String applicantSubject, String title, String country, String contactEmail,
        String overrideReason) {
}
