package org.hlc.learning.assignment;

import java.util.List;
import java.util.UUID;

/** Who reviews one submission. */
public record ReviewAllocation(UUID submissionId, UUID authorPersonId, List<UUID> reviewerPersonIds) {
}
