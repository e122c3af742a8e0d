package org.hlc.award.vote;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hlc.award.edition.Edition;
import org.hlc.award.edition.EditionService;
import org.hlc.award.entry.Entry;
import org.hlc.award.entry.EntryService;
import org.hlc.award.support.TokenBuckets;
import org.hlc.award.support.TooManyRequestsException;
import org.hlc.award.vote.VoteCommand.CastVote;
import org.hlc.award.vote.VoteCommand.ModerateVote;
import org.hlc.award.vote.VoteEvent.VoteCast;
import org.hlc.award.vote.VoteEvent.VoterBallotUsed;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.eventstore.StreamConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;

/**
 * The vote hot path: rate limits in memory, the edition and the entry from short-lived caches, the voter's ballots
 * used as last seen by this instance, then ONE atomic append of the vote stream (expecting none: once per entry) and
 * the voter stream (expecting exactly the ballots used: the cap holds when one voter votes concurrently or on another
 * instance; a stale count fails the append, which reports the real one, and the vote is decided again). The platform
 * groups concurrent appends into shared transactions; no other round trip to the database.
 */
@ApplicationScoped
public class VoteService {
    private static final String VOTE_STREAM_TYPE = "vote";
    private static final String VOTER_STREAM_TYPE = "voter";
    private static final VoteDecider DECIDER = new VoteDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final EditionService editions;
    private final EntryService entries;
    private final TokenBuckets perVoter;
    private final TokenBuckets perAddress;
    private final ClientKeys clientKeys;
    /**
     * Voter stream -> ballots used, as last seen by this instance: the expected version of the next append, so the
     * vote path reads nothing from the event log (the append's expectation still guards the cap). Bounded, and
     * cleared when full: a voter forgotten costs one conflicting append that reports the real count. 20,000 voters
     * (~3.5 MB) cover the last minute of a load of 2,000 votes/s; 200,000 held ~35 MB, which in a 140 s load filled
     * the old generation and brought 110–130 ms full collections every few seconds.
     */
    private final ConcurrentHashMap<String, Long> ballotsSeen = new ConcurrentHashMap<>();
    private static final int MAX_VOTERS_SEEN = 20_000;
    /**
     * Keys tracked per rate limit before idle buckets (full again, so the same as no bucket) are dropped: 100,000 per
     * limit held ~12 MB each under a load from many addresses.
     */
    private static final int RATE_LIMIT_KEYS = 10_000;

    public VoteService(EventStore store, CommandHandler handler, EditionService editions,
            EntryService entries, VoteSettings settings, ClientKeys clientKeys) {
        this.store = store;
        this.handler = handler;
        this.editions = editions;
        this.entries = entries;
        this.clientKeys = clientKeys;
        this.perVoter = new TokenBuckets(settings.voterBurst(), settings.voterPerSecond(), RATE_LIMIT_KEYS,
                System::nanoTime);
        this.perAddress = new TokenBuckets(settings.addressBurst(), settings.addressPerSecond(), RATE_LIMIT_KEYS,
                System::nanoTime);
    }

    static String voteStreamId(UUID editionId, String voter, UUID entryId) {
        return "vote-" + editionId + "-" + voter + "-" + entryId;
    }

    static String voterStreamId(UUID editionId, String voter) {
        return "voter-" + editionId + "-" + voter;
    }

    public Uni<VoteResponse> cast(UUID editionId, UUID entryId, RequestContext caller) {
        String voter = caller.subject();
        String address = caller.clientAddress();
        long wait = perAddress.tryTake(address);
        if (wait > 0) {
            throw new TooManyRequestsException("client-address", wait);
        }
        wait = perVoter.tryTake(voter);
        if (wait > 0) {
            throw new TooManyRequestsException("voter", wait);
        }
        EventMetadata metadata = caller.metadata();
        String network = ClientNetworks.of(address);
        String clientKey = clientKeys.of(address);
        // a concurrent vote of the same voter for another entry moves the voter stream: decide again. Each such
        // conflict means another of the voter's ballots was used, so at most the cap of them can happen before the
        // vote is counted or refused by the cap: the voter's concurrent votes are never refused for racing each other
        return editions.current(editionId).flatMap(edition -> attempt(edition, entryId, voter, network, clientKey,
                metadata, edition.rules().maxVotesPerVoter(),
                ballotsSeen.getOrDefault(voterStreamId(editionId, voter), 0L), false));
    }

    /**
     * One decision and append. {@code ballotsUsed} is the voter stream's version as last seen by this instance (0 for
     * a voter it has not seen): the append expects exactly that version, so a stale guess cannot break the cap — it
     * fails with a conflict that carries the real version, and the vote is decided again on it. A guess is never
     * above the real version (versions only grow), so a cap refusal decided on it is right.
     */
    private Uni<VoteResponse> attempt(Edition edition, UUID entryId, String voter, String network,
            String clientKey, EventMetadata metadata, int retriesLeft, long ballotsUsed, boolean verified) {
        String voteStream = voteStreamId(edition.editionId(), voter, entryId);
        String voterStream = voterStreamId(edition.editionId(), voter);
        Uni<Entry> entry = entries.current(entryId).onFailure(ResourceNotFoundException.class)
                .recoverWithItem(Entry.NONE);
        return entry.flatMap(currentEntry -> {
            CastVote command = new CastVote(UUID.randomUUID(), edition, entryId, currentEntry, voter, ballotsUsed,
                    network, clientKey, editions.now());
            VoteCast cast;
            try {
                cast = (VoteCast) DECIDER.decide(command, Vote.NONE).get(0);
            } catch (DomainRuleException capReached) {
                // a repeated vote by a voter who has used every ballot is still a repeat: 409, not 422
                return version(voteStream).map(existing -> {
                    throw existing > 0 ? VoteDecider.alreadyVoted(command) : capReached;
                });
            }
            int ballot = Math.toIntExact(ballotsUsed + 1);
            List<AppendRequest> appends = List.of(
                    new AppendRequest(voteStream, VOTE_STREAM_TYPE, ExpectedVersion.noStream(), List.of(cast)),
                    new AppendRequest(voterStream, VOTER_STREAM_TYPE, ExpectedVersion.exactly(ballotsUsed),
                            List.of(new VoterBallotUsed(edition.editionId(), voter, entryId, ballot))));
            long remaining = edition.rules().maxVotesPerVoter() - ballot;
            return store.appendAll(appends, metadata)
                    .map(versions -> {
                        remember(voterStream, ballot);
                        return new VoteResponse(cast.voteId(), edition.editionId(), entryId, cast.castAt(), ballot,
                                remaining);
                    })
                    .onFailure(StreamConflictException.class).recoverWithUni(failure -> {
                        StreamConflictException conflict = (StreamConflictException) failure;
                        if (conflict.streamId().equals(voteStream)) {
                            return Uni.createFrom().failure(VoteDecider.alreadyVoted(command));
                        }
                        if (conflict.streamId().equals(voterStream) && retriesLeft > 0) {
                            // a wrong guess costs no retry; a concurrent vote of the same voter does
                            int left = verified ? retriesLeft - 1 : retriesLeft;
                            Uni<Long> actual = conflict.actual() >= 0 ? Uni.createFrom().item(conflict.actual())
                                    : version(voterStream);
                            return actual.flatMap(used -> {
                                remember(voterStream, used);
                                return attempt(edition, entryId, voter, network, clientKey, metadata, left, used,
                                        true);
                            });
                        }
                        return Uni.createFrom().failure(failure);
                    });
        });
    }

    private void remember(String voterStream, long ballotsUsed) {
        if (ballotsSeen.size() >= MAX_VOTERS_SEEN) {
            ballotsSeen.clear();
        }
        ballotsSeen.merge(voterStream, ballotsUsed, Math::max);
    }

    /** The voter stream's version = the ballots used: read only after a conflict that did not carry it. */
    private Uni<Long> version(String streamId) {
        return store.version(streamId);
    }

    public Uni<CommandResult<VoteEvent, Vote>> moderate(UUID editionId, ModerationRequest request,
            RequestContext caller) {
        String stream = voteStreamId(editionId, request.voterSubject(), request.entryId());
        ModerateVote command = new ModerateVote(request.action(), request.reason().strip(), caller.subject(),
                editions.now());
        return editions.current(editionId).flatMap(edition -> handler.handle(stream, VOTE_STREAM_TYPE, DECIDER,
                command, Optional.empty(), caller.metadata()));
    }
}
