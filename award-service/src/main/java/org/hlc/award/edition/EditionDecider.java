package org.hlc.award.edition;

import java.util.List;
import java.util.Map;
import org.hlc.award.edition.EditionCommand.ChangeTimeline;
import org.hlc.award.edition.EditionCommand.CreateEdition;
import org.hlc.award.edition.EditionCommand.PublishResults;
import org.hlc.award.edition.EditionCommand.SelectSemiFinalists;
import org.hlc.award.edition.EditionEvent.EditionCreated;
import org.hlc.award.edition.EditionEvent.ResultsPublished;
import org.hlc.award.edition.EditionEvent.SemiFinalistsSelected;
import org.hlc.award.edition.EditionEvent.TimelineChanged;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;

public class EditionDecider implements Decider<EditionCommand, EditionEvent, Edition> {

    @Override
    public Edition initialState() {
        return Edition.NONE;
    }

    @Override
    public Edition evolve(Edition state, EditionEvent event) {
        if (event instanceof EditionCreated e) {
            return new Edition(e.editionId(), e.name(), e.year(), List.copyOf(e.categories()),
                    new Timeline(e.phases()), e.rules(), false, List.of(), e.createdAt());
        }
        if (event instanceof TimelineChanged e) {
            return state.withTimeline(new Timeline(e.phases()));
        }
        if (event instanceof ResultsPublished) {
            return state.withResultsPublished();
        }
        if (event instanceof SemiFinalistsSelected e) {
            return state.withSemiFinalists(e.semiFinalists());
        }
        return state;
    }

    @Override
    public List<EditionEvent> decide(EditionCommand command, Edition state) {
        if (command instanceof CreateEdition c) {
            if (state.exists()) {
                throw new ConflictException("edition-exists", "edition " + c.editionId() + " already exists");
            }
            return List.of(new EditionCreated(c.editionId(), c.name(), c.year(), c.categories(), c.phases(),
                    c.rules(), c.createdBy(), c.now()));
        }
        if (command instanceof ChangeTimeline c) {
            requireExists(state, c.editionId());
            if (state.timeline().phases().equals(c.phases())) {
                return List.of();
            }
            return List.of(new TimelineChanged(c.editionId(), c.phases(), c.changedBy(), c.reason(), c.now()));
        }
        if (command instanceof PublishResults c) {
            requireExists(state, c.editionId());
            state.timeline().requireClosed(Phase.PUBLIC_VOTING, c.now());
            return state.resultsPublished() ? List.of()
                    : List.of(new ResultsPublished(c.editionId(), c.publishedBy(), c.now()));
        }
        if (command instanceof SelectSemiFinalists c) {
            return selectSemiFinalists(c, state);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static List<EditionEvent> selectSemiFinalists(SelectSemiFinalists c, Edition state) {
        requireExists(state, c.editionId());
        state.timeline().requireOpen(Phase.SEMI_FINAL_SELECTION, c.now());
        if (!state.semiFinalists().isEmpty()) {
            throw new ConflictException("semi-finalists-already-selected",
                    "the semi-finalists of edition " + c.editionId() + " are already confirmed");
        }
        if (c.chosen().size() != state.rules().semiFinalists()) {
            throw new DomainRuleException("semi-finalist-count", "confirm exactly " + state.rules().semiFinalists()
                    + " semi-finalists, got " + c.chosen().size(),
                    Map.of("expected", state.rules().semiFinalists(), "actual", c.chosen().size()));
        }
        for (SemiFinalist chosen : c.chosen()) {
            boolean overridden = !c.proposedEntryIds().contains(chosen.entryId());
            if (overridden && (chosen.overrideReason() == null || chosen.overrideReason().isBlank())) {
                throw new DomainRuleException("override-reason-required", "entry " + chosen.entryId()
                        + " is not in the proposal; give a reason to choose it", Map.of("entryId", chosen.entryId()));
            }
        }
        return List.of(new SemiFinalistsSelected(c.editionId(), List.copyOf(c.chosen()), c.selectedBy(), c.now()));
    }

    private static void requireExists(Edition state, java.util.UUID editionId) {
        if (!state.exists()) {
            throw new ResourceNotFoundException("edition", editionId.toString());
        }
    }
}
