package org.hlc.award.vote;

import java.util.List;
import java.util.Map;
import org.hlc.award.edition.Phase;
import org.hlc.award.entry.EntryStatus;
import org.hlc.award.vote.VoteCommand.CastVote;
import org.hlc.award.vote.VoteCommand.ModerateVote;
import org.hlc.award.vote.VoteEvent.VoteCast;
import org.hlc.award.vote.VoteEvent.VoteInvalidated;
import org.hlc.award.vote.VoteEvent.VoteQuarantined;
import org.hlc.award.vote.VoteEvent.VoteReinstated;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;

/** The rules of a vote stream: casting (window, entry, cap, once per entry) and moderation. */
public class VoteDecider implements Decider<VoteCommand, VoteEvent, Vote> {

    @Override
    public Vote initialState() {
        return Vote.NONE;
    }

    @Override
    public Vote evolve(Vote state, VoteEvent event) {
        if (event instanceof VoteCast e) {
            return new Vote(e.voteId(), e.editionId(), e.entryId(), e.voterSubject(), VoteStatus.VALID);
        }
        if (event instanceof VoteQuarantined) {
            return state.with(VoteStatus.QUARANTINED);
        }
        if (event instanceof VoteInvalidated) {
            return state.with(VoteStatus.INVALID);
        }
        if (event instanceof VoteReinstated) {
            return state.with(VoteStatus.VALID);
        }
        return state;
    }

    @Override
    public List<VoteEvent> decide(VoteCommand command, Vote state) {
        if (command instanceof CastVote c) {
            return cast(c, state);
        }
        if (command instanceof ModerateVote c) {
            return moderate(c, state);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static List<VoteEvent> cast(CastVote c, Vote state) {
        c.edition().timeline().requireOpen(Phase.PUBLIC_VOTING, c.now());
        if (!c.entry().exists() || !c.entry().editionId().equals(c.edition().editionId())) {
            throw new ResourceNotFoundException("entry", c.entryId().toString());
        }
        if (c.entry().status() != EntryStatus.ACCEPTED) {
            throw new DomainRuleException("entry-not-votable", "entry " + c.entryId() + " is "
                    + c.entry().status().name().toLowerCase() + "; only accepted entries receive votes",
                    Map.of("entryId", c.entryId(), "entryStatus", c.entry().status().name()));
        }
        if (state.exists()) {
            throw alreadyVoted(c);
        }
        int max = c.edition().rules().maxVotesPerVoter();
        if (c.ballotsUsed() >= max) {
            throw new DomainRuleException("vote-limit-reached", "a voter may cast " + max + " votes in this edition",
                    Map.of("maxVotesPerVoter", max, "votesCast", c.ballotsUsed()));
        }
        return List.of(new VoteCast(c.voteId(), c.edition().editionId(), c.entryId(), c.voterSubject(),
                c.entry().content().category(), c.entry().content().country(), c.clientNetwork(), c.clientKey(),
                c.now()));
    }

    static ConflictException alreadyVoted(CastVote c) {
        return new ConflictException("already-voted", "you already voted for entry " + c.entryId(),
                Map.of("entryId", c.entryId()));
    }

    private static List<VoteEvent> moderate(ModerateVote c, Vote state) {
        if (!state.exists()) {
            throw new ResourceNotFoundException("vote", "(this voter and entry)");
        }
        VoteStatus target = switch (c.action()) {
            case QUARANTINE -> VoteStatus.QUARANTINED;
            case INVALIDATE -> VoteStatus.INVALID;
            case REINSTATE -> VoteStatus.VALID;
        };
        if (state.status() == target) {
            return List.of();
        }
        if (state.status() == VoteStatus.INVALID) {
            throw new DomainRuleException("vote-invalidated", "an invalidated vote stays invalid",
                    Map.of("action", c.action().name()));
        }
        VoteEvent event = switch (c.action()) {
            case QUARANTINE -> new VoteQuarantined(state.editionId(), state.entryId(), state.voterSubject(),
                    c.reason(), c.by(), c.now());
            case INVALIDATE -> new VoteInvalidated(state.editionId(), state.entryId(), state.voterSubject(),
                    c.reason(), c.by(), c.now());
            case REINSTATE -> new VoteReinstated(state.editionId(), state.entryId(), state.voterSubject(),
                    c.reason(), c.by(), c.now());
        };
        return List.of(event);
    }
}
