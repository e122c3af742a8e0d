package org.hlc.participants.onboarding;

import java.util.UUID;

public record Invitation(UUID entryId, UUID personId, UUID editionId, String title) {
}
