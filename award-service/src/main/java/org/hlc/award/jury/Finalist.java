package org.hlc.award.jury;

import java.util.UUID;

/** A confirmed finalist; {@code overrideReason} when the organizer chose it outside the jury's top six. */
public record Finalist(UUID entryId, String title, String country, String overrideReason) {
}
