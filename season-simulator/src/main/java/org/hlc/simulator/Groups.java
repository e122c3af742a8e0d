package org.hlc.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Coaching groups: one per region, led by that region's coach; every semi-finalist joins their region's group. */
public final class Groups {
    public record Group(String id, String region, Community.Member coach, List<Onboarding.SemiFinalist> members) {
    }

    public final Map<String, Group> byRegion = new LinkedHashMap<>();
    private final Http http;
    private final SimulatorOptions options;
    private final Community community;

    public Groups(Http http, SimulatorOptions options, Community community) {
        this.http = http;
        this.options = options;
        this.community = community;
    }

    public static String regionOf(String timeZone) {
        return switch (timeZone) {
            case "America/Bogota" -> "LATIN_AMERICA";
            case "Africa/Lagos" -> "WEST_AFRICA";
            case "Africa/Nairobi" -> "EAST_AFRICA";
            default -> "MIDDLE_EAST_AND_ASIA";
        };
    }

    public void form(Report report, String cohort, List<Onboarding.SemiFinalist> semiFinalists) {
        String organizer = community.token(community.organizer);
        for (Community.Member coach : community.coaches) {
            Http.Reply created = http.call("POST", options.url("participants") + "/groups", organizer, Map.of(
                    "cohort", cohort, "name", coach.region().replace('_', ' ').toLowerCase() + " group",
                    "region", coach.region(), "coachPersonId", coach.personId()));
            AwardSeason.expect(created, 201, "create group " + coach.region());
            byRegion.put(coach.region(), new Group(created.text("groupId"), coach.region(), coach,
                    new ArrayList<>()));
        }
        for (Onboarding.SemiFinalist person : semiFinalists) {
            Group group = byRegion.get(regionOf(person.timeZone()));
            Http.Reply added = http.call("POST", options.url("participants") + "/groups/" + group.id() + "/members",
                    organizer, Map.of("personId", person.personId()));
            AwardSeason.expect(added, 201, "add " + person.personId() + " to " + group.region());
            group.members().add(person);
        }
        report.progress("%d groups: %s", byRegion.size(), String.join(", ", byRegion.values().stream()
                .map(g -> g.region() + " " + g.members().size()).toList()));
    }

    public Group groupOf(Onboarding.SemiFinalist person) {
        return byRegion.get(regionOf(person.timeZone()));
    }
}
