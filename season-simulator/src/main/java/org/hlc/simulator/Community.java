package org.hlc.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Phase "community": the organizer, 4 coaches (one per region), 12 experts and the jury get Keycloak accounts and
 * register in participants-service with their zones. Semi-finalists are not registered here: they arrive from the
 * award stream.
 */
public final class Community {
    public record Member(String username, String subject, String personId, String role, String timeZone,
            String country, String region) {
    }

    public final List<Member> coaches = new ArrayList<>();
    public final List<Member> experts = new ArrayList<>();
    public final List<Member> jurors = new ArrayList<>();
    public Member organizer;

    private final Keycloak keycloak;
    private final Http http;
    private final SimulatorOptions options;
    private final String run;

    public Community(Keycloak keycloak, Http http, SimulatorOptions options, String run) {
        this.keycloak = keycloak;
        this.http = http;
        this.options = options;
        this.run = run;
    }

    public void build(Report report, int jurySize) {
        organizer = member("organizer", "organizer", Cast.ZONES.get(2));
        for (int i = 0; i < Cast.COACH_REGIONS.size(); i++) {
            String[] region = Cast.COACH_REGIONS.get(i);
            coaches.add(member("coach-" + i, "coach", new String[] { region[1], region[2], region[0] }));
        }
        for (int i = 0; i < 12; i++) {
            experts.add(member("expert-" + i, "expert", Cast.ZONES.get(i % Cast.ZONES.size())));
        }
        for (int i = 0; i < jurySize; i++) {
            // one juror shares a country with some entries: the conflict checks should flag those pairs
            jurors.add(member("juror-" + i, "jury", i == 0 ? new String[] { "Africa/Nairobi", "KE", "EAST_AFRICA" }
                    : new String[] { "Europe/Amsterdam", "NL", "EUROPE" }));
        }
        report.rate("people registered", 1 + coaches.size() + experts.size() + jurors.size());
    }

    public String token(Member member) {
        return keycloak.token(member.username());
    }

    private Member member(String name, String role, String[] zone) {
        String username = run + "-" + name;
        String subject = keycloak.ensureUser(username, username + "@example.org", List.of(role));
        String organizerToken = organizer == null ? keycloak.token(username) : keycloak.token(organizer.username());
        Http.Reply reply = http.call("POST", options.url("participants") + "/participants", organizerToken, Map.of(
                "subject", subject, "displayName", name.replace('-', ' '), "email", username + "@example.org",
                "country", zone[1], "timeZone", zone[0], "roles", List.of(role)));
        if (reply.status() != 201) {
            throw new IllegalStateException("registering " + username + " failed: " + reply.status() + " "
                    + reply.body());
        }
        return new Member(username, subject, reply.text("id"), role, zone[0], zone[1], zone[2]);
    }
}
