package org.hlc.webinar.scheduling;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** SINGLE fills {@code candidates}, best first; SERIES fills {@code series}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlotSuggestions(String mode, int people, List<SlotCandidate> candidates, SeriesPlan series) {
}
