package org.hlc.award.entry;

import java.util.List;

/** What the applicant writes and may edit while the call is open. */
public record EntryContent(String title, String summary, String country, String category,
        List<TeamMember> teamMembers, List<String> links, String contactEmail) {

    public EntryContent {
        teamMembers = List.copyOf(teamMembers);
        links = List.copyOf(links);
    }
}
