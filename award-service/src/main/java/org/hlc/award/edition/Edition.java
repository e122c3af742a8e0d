package org.hlc.award.edition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An edition's state, folded from its stream. */
public record Edition(UUID editionId, String name, int year, List<String> categories, Timeline timeline,
        EditionRules rules, boolean resultsPublished, List<SemiFinalist> semiFinalists, Instant createdAt) {

    public static final Edition NONE = new Edition(null, null, 0, List.of(), new Timeline(List.of()), null, false,
            List.of(), null);

    public boolean exists() {
        return editionId != null;
    }

    Edition withTimeline(Timeline newTimeline) {
        return new Edition(editionId, name, year, categories, newTimeline, rules, resultsPublished, semiFinalists,
                createdAt);
    }

    Edition withResultsPublished() {
        return new Edition(editionId, name, year, categories, timeline, rules, true, semiFinalists, createdAt);
    }

    Edition withSemiFinalists(List<SemiFinalist> selected) {
        return new Edition(editionId, name, year, categories, timeline, rules, resultsPublished,
                List.copyOf(selected), createdAt);
    }
}
