package org.hlc.simulator;

import java.util.List;
import java.util.Random;

/**
 * Replays an award season end to end through the public REST APIs with real Keycloak tokens, printing progress per
 * phase and ending with a report and consistency checks (exit code 1 if any check fails).
 */
public final class SeasonSimulator {
    private SeasonSimulator() {
    }

    public static void main(String[] args) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    public static int run(SimulatorOptions options) {
        Report report = new Report();
        Http http = new Http();
        Keycloak keycloak = new Keycloak(http, options.keycloakUrl(), options.adminUser(), options.adminPassword());
        Random random = new Random(options.seed());
        String run = "s" + options.seed() + "-" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        System.out.printf("hlc season simulator: scale %s, seed %d, run %s, services %s%n", options.scale(),
                options.seed(), run, options.baseUrls());
        try {
            report.phase("community: organizer, coaches, experts, jury (Keycloak + participants)");
            Community community = new Community(keycloak, http, options, run);
            community.build(report, 7);
            report.check("community registered", community.coaches.size() == 4 && community.experts.size() == 12,
                    community.coaches.size() + " coaches, " + community.experts.size() + " experts");

            Timeline timeline = new Timeline();
            AwardSeason award = new AwardSeason(http, keycloak, options, community, timeline, random, run);
            report.phase("call for entries");
            award.createEdition(report);
            award.callForEntries(report, options.scaled(400, 40));

            report.phase("public voting");
            award.open("PUBLIC_VOTING", report);
            award.publicVoting(report, options.scaled(145_000, 2_000));
            award.burst(report, 120);
            long invalidated = award.invalidateBurst(report);
            report.check("the integrity checks flag the burst from one network", invalidated > 0,
                    award.flagsRaised + " flags, " + invalidated + " burst votes invalidated");
            long valid = award.votesAccepted.get() - Math.max(0, invalidated);
            long counted = Awaits.until(() -> award.leaderboardTotal(), total -> total == valid, 60);
            report.check("votes counted = votes accepted - votes invalidated", counted == valid,
                    counted + " counted, " + award.votesAccepted.get() + " accepted, " + invalidated
                            + " invalidated");
            report.check("every deliberate duplicate refused, none counted",
                    award.duplicatesRefused.get() == award.duplicateAttempts.get() - award.doubleClicks.get()
                            && counted == valid,
                    award.duplicatesRefused.get() + " refused of " + award.duplicateAttempts.get() + " attempts");
            report.section("Leaderboard top 10", award.top(10));

            report.phase("semi-final selection");
            award.open("SEMI_FINAL_SELECTION", report);
            award.selectSemiFinalists(report);
            long countries = award.semiFinalists.stream().map(s -> s.path("country").asText()).distinct().count();
            report.check("20 semi-finalists confirmed", award.semiFinalists.size() == 20,
                    award.semiFinalists.size() + " from " + countries + " countries");

            report.phase("onboarding: semi-finalists join the learning community");
            Onboarding onboarding = new Onboarding(http, keycloak, options, random);
            onboarding.awaitInvitations(report, award, community.token(community.organizer));
            report.check("every semi-finalist onboarded", onboarding.onboarded.size() == award.semiFinalists.size(),
                    onboarding.onboarded.size() + " of " + award.semiFinalists.size());
            onboarding.completeProfiles(report);
            long zones = onboarding.onboarded.stream().map(Onboarding.SemiFinalist::timeZone).distinct().count();
            report.section("Semi-finalists (" + countries + " countries, " + zones + " time zones)",
                    onboarding.lines());

            report.phase("coaching groups: one per region, led by its coach");
            Groups groups = new Groups(http, options, community);
            groups.form(report, run, onboarding.onboarded);

            report.phase("learning programme: modules and released material");
            award.open("LEARNING_PROGRAMME", report);
            Learning learning = new Learning(http, keycloak, options, community, groups, random, run);
            learning.createProgramme(report, award.editionId, run);
            int visible = learning.readMaterial(onboarding.onboarded);
            report.check("participants see only released material", visible == 4,
                    visible + " of 7 materials visible (week 2 not yet released)");

            report.phase("daily webinars for 10 days (slot suggestion in fairness mode)");
            Webinars webinars = new Webinars(http, keycloak, options, community, random);
            webinars.awaitAudience(onboarding.onboarded);
            webinars.planSeries(report, onboarding.onboarded);
            webinars.run(report, learning.programmeId, onboarding.onboarded);
            report.check("double upvotes counted once", webinars.doubleUpvotesCountedOnce
                    == webinars.doubleUpvotesTried, webinars.doubleUpvotesCountedOnce + " of "
                    + webinars.doubleUpvotesTried);
            report.section("Webinar attendance per zone", webinars.attendanceLines());
            report.section("Fairness of the series (sessions outside each person's availability window)",
                    webinars.fairnessLines);

            report.phase("assignments: submissions, coach feedback, peer review");
            learning.assignments(report, onboarding.onboarded);

            report.phase("blog posts and reflections");
            learning.blog(report, onboarding.onboarded);
            String feedProblem = learning.feedCheck();
            report.check("public Atom feed served, no script reached it", feedProblem == null,
                    feedProblem == null ? "ok" : feedProblem);
            List<String> mismatches = learning.progressMismatches(onboarding.onboarded, webinars.attendedByPerson);
            report.check("progress read model matches what was written (submissions, reviews, feedback, posts, "
                    + "reflections, webinars attended)", mismatches.isEmpty(), mismatches.isEmpty()
                    ? onboarding.onboarded.size() + " participants, " + webinars.attendedTotal()
                            + " attendances" : mismatches.size() + " differ, first: " + mismatches.get(0));

            report.phase("revised proposals (real deadline 17 December)");
            award.open("REVISED_PROPOSAL_DEADLINE", report);
            Finale finale = new Finale(http, keycloak, options, community, award, random);
            finale.revisedProposals(report, onboarding.onboarded);
            report.check("a late revised proposal is refused, an extension is honoured",
                    finale.lateRefused == 1 && finale.extensionHonoured, finale.revisions + " revisions, "
                            + finale.lateRefused + " late refused");

            report.phase("jury: rubric, balanced assignment, conflicts, blind scoring");
            finale.jury(report, onboarding.onboarded);
            report.check("every entry scored by at least 3 jurors, a recused juror replaced",
                    finale.assignedPerEntryMin >= 3 && finale.conflictsDeclared == 1,
                    "min " + finale.assignedPerEntryMin + " jurors per entry, " + finale.scoreSheets + " sheets");
            report.check("scores blind until the round closed", finale.blindHeld, "a juror saw only their own");
            report.section("Jury ranking (weighted mean, raw and normalised per juror)", finale.rankingLines);

            report.phase("finalists");
            finale.finalists(report);
            report.check("6 finalists = the jury's top 6", finale.finalistIds.size() == 6
                    && finale.finalistIds.containsAll(finale.rankedTop6), finale.finalistIds.size() + " finalists");
            report.section("Finalists", finale.finalistLines);

            report.phase("pitch event and winners (real: 5 February)");
            finale.winners(report);
            report.check("winners announced from the finalists", finale.winnerLines.size() == 3,
                    finale.winnerLines.size() + " winners");
            report.section("Winners", finale.winnerLines);
        } catch (RuntimeException e) {
            report.check("season ran to the end", false, e.getMessage());
        }
        return report.finish();
    }
}
