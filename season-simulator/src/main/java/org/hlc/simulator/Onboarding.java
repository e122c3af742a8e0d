package org.hlc.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Semi-finalists arrive in participants-service from the award stream (nobody registers them by hand); each then
 * completes their profile with their own token: zone, intro video, what they want to learn and can contribute.
 */
public final class Onboarding {
    public record SemiFinalist(String personId, String entryId, String title, String country, String timeZone,
            String username) {
    }

    public final List<SemiFinalist> onboarded = new ArrayList<>();
    private final Http http;
    private final Keycloak keycloak;
    private final SimulatorOptions options;
    private final Random random;

    public Onboarding(Http http, Keycloak keycloak, SimulatorOptions options, Random random) {
        this.http = http;
        this.keycloak = keycloak;
        this.options = options;
        this.random = random;
    }

    public void awaitInvitations(Report report, AwardSeason award, String organizerToken) {
        for (JsonNode semiFinalist : award.semiFinalists) {
            String entryId = semiFinalist.path("entryId").asText();
            Http.Reply invitation = Awaits.until(() -> http.call("GET",
                    options.url("participants") + "/invitations/" + entryId, organizerToken, null),
                    reply -> reply.status() == 200, 60);
            if (invitation.status() != 200) {
                continue;
            }
            String username = award.accepted.stream().filter(e -> e.id().equals(entryId)).findFirst()
                    .map(AwardSeason.Entry::applicantUsername).orElseThrow();
            String country = semiFinalist.path("country").asText();
            onboarded.add(new SemiFinalist(invitation.text("personId"), entryId, semiFinalist.path("title").asText(),
                    country, Cast.zoneFor(country), username));
        }
        report.rate("semi-finalists onboarded from the award stream", onboarded.size());
    }

    public void completeProfiles(Report report) {
        int completed = 0;
        for (SemiFinalist person : onboarded) {
            String token = keycloak.token(person.username());
            String url = options.url("participants") + "/participants/" + person.personId();
            Http.Reply current = http.call("GET", url, token, null);
            List<String> learn = List.of(Cast.TOPICS.get(random.nextInt(Cast.TOPICS.size())),
                    Cast.TOPICS.get(random.nextInt(Cast.TOPICS.size())));
            List<String> contribute = List.of(Cast.TOPICS.get(random.nextInt(Cast.TOPICS.size())), "local-context");
            Http.Reply updated = http.send("PUT", url + "/profile", token, Map.of(
                    "displayName", "Founder of " + person.title(), "organisation", person.title(),
                    "country", person.country(), "timeZone", person.timeZone(),
                    "initiativeName", person.title(), "initiativeSummary", "What we do and why it matters",
                    "languages", List.of("en"),
                    "introVideo", Map.of("url", "https://video.example.org/" + person.entryId(), "durationSeconds",
                            60 + random.nextInt(240)),
                    "wantsToLearn", learn.stream().distinct().toList(), "canContribute", contribute),
                    Map.of("If-Match", current.etag() == null ? "\"1\"" : current.etag())).join();
            if (updated.status() == 200) {
                completed++;
            } else {
                report.progress("profile of %s refused: %d %s", person.personId(), updated.status(), updated.body());
            }
        }
        report.rate("profiles completed (zone, video, tags)", completed);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (SemiFinalist person : onboarded) {
            lines.add(String.format("%-40s %s  %s", person.title(), person.country(), person.timeZone()));
        }
        return lines;
    }
}
