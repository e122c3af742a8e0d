package org.hlc.award.jury;

import java.util.UUID;

/** An announced winner: its place (1 = first) and the prize label. */
public record Winner(UUID entryId, String title, String country, int rank, String prize) {
}
