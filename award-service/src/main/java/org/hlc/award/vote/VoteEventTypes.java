package org.hlc.award.vote;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class VoteEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(VoteEvent.VoteCast.class, VoteEvent.VoterBallotUsed.class, VoteEvent.VoteQuarantined.class,
                VoteEvent.VoteInvalidated.class, VoteEvent.VoteReinstated.class);
    }
}
