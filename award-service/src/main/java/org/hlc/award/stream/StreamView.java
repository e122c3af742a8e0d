package org.hlc.award.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hlc.platform.feed.FeedEvent;

/**
 * What one reader of an edition's award stream sees. Organizers see every event of the edition unchanged. Everyone
 * else (anonymous, voters, participants, jurors) sees:
 * <ul>
 * <li>EditionCreated, TimelineChanged, ResultsPublished without the organizer's subject (createdBy, changedBy,
 * publishedBy);</li>
 * <li>SemiFinalistsSelected without selectedBy nor applicantSubject, contactEmail and overrideReason of each
 * semi-finalist;</li>
 * <li>EntryAccepted and EntryWithdrawn without who and why (the entry itself is read with GET /entries/{id});</li>
 * <li>vote events only once the results are published (when the reader connects, or from the ResultsPublished the
 * reader passes): VoteCast as entryId, category, country, castAt; VoteQuarantined/Invalidated/Reinstated as entryId
 * and time; never voterSubject, clientNetwork, clientKey, reasons, nor the stream id (it names the voter);</li>
 * <li>FinalistsSelected and WinnersAnnounced (public announcements) without who selected and override reasons;</li>
 * <li>nothing else: EntrySubmitted/Edited/Rejected (not public until accepted), VoterBallotUsed, VotesFlagged,
 * revised proposals and extensions, the jury's set-up, conflicts and scores, and any event type not listed here.</li>
 * </ul>
 * Not thread-safe: one instance per connection, used by one poll at a time.
 */
final class StreamView {
    static final List<String> ORGANIZER_STREAM_TYPES = List.of("edition", "entry", "vote", "voter", "proposal", "flag",
            "jury", "jury-score");
    private static final List<String> PUBLIC_BEFORE_RESULTS = List.of("edition", "entry", "jury");
    private static final List<String> PUBLIC_AFTER_RESULTS = List.of("edition", "entry", "vote", "jury");
    private static final Set<String> VOTE_MODERATION = Set.of("VoteQuarantined", "VoteInvalidated",
            "VoteReinstated");

    private final String editionId;
    private final boolean organizer;
    private boolean resultsPublished;

    StreamView(String editionId, boolean organizer, boolean resultsPublished) {
        this.editionId = editionId;
        this.organizer = organizer;
        this.resultsPublished = resultsPublished;
    }

    /** The kinds of streams to read: public readers skip vote streams until results are published. */
    List<String> streamTypes() {
        if (organizer) {
            return ORGANIZER_STREAM_TYPES;
        }
        return resultsPublished ? PUBLIC_AFTER_RESULTS : PUBLIC_BEFORE_RESULTS;
    }

    /** The event as this reader sees it (possibly redacted), or empty; {@code subject} false hides the stream id. */
    record Shown(FeedEvent event, boolean showSubject) {
    }

    Optional<Shown> view(FeedEvent event) {
        if (!editionId.equals(event.payload().path("editionId").asText(null))) {
            return Optional.empty();
        }
        String type = event.type().substring(event.type().lastIndexOf('.') + 1);
        if (type.equals("ResultsPublished")) {
            resultsPublished = true;
        }
        if (organizer) {
            return Optional.of(new Shown(event, true));
        }
        ObjectNode payload = event.payload().deepCopy();
        switch (type) {
            case "EditionCreated", "TimelineChanged", "ResultsPublished" -> {
                payload.remove(List.of("createdBy", "changedBy", "publishedBy"));
                return Optional.of(new Shown(event.withPayload(payload), true));
            }
            case "SemiFinalistsSelected" -> {
                payload.remove("selectedBy");
                for (JsonNode semiFinalist : payload.path("semiFinalists")) {
                    ((ObjectNode) semiFinalist).remove(List.of("applicantSubject", "contactEmail", "overrideReason"));
                }
                return Optional.of(new Shown(event.withPayload(payload), true));
            }
            case "EntryAccepted" -> {
                payload.remove(List.of("reviewedBy", "reason"));
                return Optional.of(new Shown(event.withPayload(payload), true));
            }
            case "EntryWithdrawn" -> {
                payload.remove(List.of("withdrawnBy", "reason"));
                return Optional.of(new Shown(event.withPayload(payload), true));
            }
            case "FinalistsSelected" -> {
                payload.remove("selectedBy");
                for (JsonNode finalist : payload.path("finalists")) {
                    ((ObjectNode) finalist).remove("overrideReason");
                }
                return Optional.of(new Shown(event.withPayload(payload), true));
            }
            case "WinnersAnnounced" -> {
                payload.remove("announcedBy");
                return Optional.of(new Shown(event.withPayload(payload), true));
            }
            case "VoteCast" -> {
                if (!resultsPublished) {
                    return Optional.empty();
                }
                return Optional.of(new Shown(event.withPayload(payload.retain("editionId", "entryId", "category",
                        "country", "castAt")), false));
            }
            default -> {
                if (VOTE_MODERATION.contains(type) && resultsPublished) {
                    return Optional.of(new Shown(event.withPayload(payload.retain("editionId", "entryId", "at")),
                            false));
                }
                return Optional.empty();
            }
        }
    }
}
