package org.hlc.participants.person.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectoryEntry(UUID id, String displayName, String email, String organisation, String country,
        String timeZone, List<String> roles, Instant registeredAt, String initiativeName, String region,
        List<String> languages, List<String> wantsToLearn, List<String> canContribute) {
}
