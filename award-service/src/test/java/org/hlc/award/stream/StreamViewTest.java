package org.hlc.award.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hlc.platform.feed.FeedEvent;
import org.hlc.platform.feed.FeedPosition;
import org.junit.jupiter.api.Test;

class StreamViewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITION = "3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13";

    private static FeedEvent event(String type, String streamId, String payload) throws Exception {
        return new FeedEvent(new FeedPosition(1, 1), UUID.randomUUID(), "hlc.award." + type, streamId, "x", 1,
                Instant.EPOCH, (ObjectNode) JSON.readTree(payload));
    }

    @Test
    void the_public_sees_semi_finalists_without_contact_data_and_nothing_of_other_editions() throws Exception {
        StreamView view = new StreamView(EDITION, false, false);
        FeedEvent selected = event("SemiFinalistsSelected", "edition-" + EDITION, """
                {"editionId": "%s", "selectedBy": "org-7", "semiFinalists": [{"entryId": "e1", "title": "Maji", "country": "KE",
                 "applicantSubject": "amina", "contactEmail": "a@example.org", "overrideReason": "why"}]}"""
                .formatted(EDITION));

        String shown = view.view(selected).orElseThrow().event().payload().toString();
        assertThat(shown).contains("Maji", "KE").doesNotContain("amina", "a@example.org", "why", "org-7");
        assertThat(view.view(event("EditionCreated", "edition-x", "{\"editionId\": \"other\"}"))).isEmpty();
        assertThat(view.view(event("JuryScoresSubmitted", "jury-score-" + EDITION + "-j1-e1",
                "{\"editionId\": \"" + EDITION + "\"}"))).as("types not listed stay organizer-only").isEmpty();
    }

    @Test
    void the_public_sees_finalists_and_winners_without_who_chose_and_override_reasons() throws Exception {
        StreamView view = new StreamView(EDITION, false, false);
        FeedEvent finalists = event("FinalistsSelected", "jury-" + EDITION, """
                {"editionId": "%s", "selectedBy": "org-7", "finalists": [{"entryId": "e1", "title": "Maji",
                 "country": "KE", "overrideReason": "pitch video was strong"}]}""".formatted(EDITION));
        FeedEvent winners = event("WinnersAnnounced", "jury-" + EDITION, """
                {"editionId": "%s", "announcedBy": "org-7", "winners": [{"entryId": "e1", "title": "Maji",
                 "country": "KE", "rank": 1, "prize": "Grand prize"}]}""".formatted(EDITION));

        assertThat(view.streamTypes()).contains("jury").doesNotContain("jury-score");
        assertThat(view.view(finalists).orElseThrow().event().payload().toString()).contains("Maji")
                .doesNotContain("org-7", "pitch video");
        assertThat(view.view(winners).orElseThrow().event().payload().toString()).contains("Grand prize")
                .doesNotContain("org-7");
        assertThat(view.view(event("JurorAppointed", "jury-" + EDITION, "{\"editionId\": \"" + EDITION
                + "\"}"))).isEmpty();
    }

    @Test
    void votes_appear_for_the_public_from_results_publication_on_without_the_voter() throws Exception {
        StreamView view = new StreamView(EDITION, false, false);
        String vote = """
                {"editionId": "%s", "entryId": "e1", "voterSubject": "v1", "clientNetwork": "203.0.113.0/24",
                 "clientKey": "00ff00ff00ff00ff", "category": "Water", "country": "KE", "castAt": "2026-11-21T10:00:00Z"}"""
                .formatted(EDITION);
        FeedEvent cast = event("VoteCast", "vote-" + EDITION + "-v1-e1", vote);
        assertThat(view.view(cast)).isEmpty();
        assertThat(view.streamTypes()).doesNotContain("vote");

        assertThat(view.view(event("ResultsPublished", "edition-" + EDITION, "{\"editionId\": \"" + EDITION
                + "\"}"))).isPresent();
        Optional<StreamView.Shown> shown = view.view(cast);
        assertThat(shown).isPresent();
        assertThat(shown.get().showSubject()).isFalse();
        assertThat(shown.get().event().payload().toString()).contains("e1", "castAt")
                .doesNotContain("v1", "203.0.113", "00ff");
        assertThat(view.streamTypes()).contains("vote");
        assertThat(view.view(event("VotesFlagged", "flag-1", "{\"editionId\": \"" + EDITION + "\"}"))).isEmpty();
        assertThat(view.view(event("VoterBallotUsed", "voter-1", "{\"editionId\": \"" + EDITION + "\"}"))).isEmpty();
    }

    @Test
    void organizers_see_every_event_unchanged() throws Exception {
        StreamView view = new StreamView(EDITION, true, false);
        FeedEvent flagged = event("VotesFlagged", "flag-1", "{\"editionId\": \"" + EDITION + "\", \"key\": \"k\"}");
        assertThat(view.view(flagged).orElseThrow().event()).isSameAs(flagged);
        assertThat(view.streamTypes()).contains("vote", "voter", "proposal", "flag");
    }
}
