package org.hlc.award.semifinal;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hlc.award.edition.Edition;
import org.hlc.award.edition.EditionEvent;
import org.hlc.award.edition.EditionService;
import org.hlc.award.edition.SemiFinalist;
import org.hlc.award.entry.Entry;
import org.hlc.award.entry.EntryService;
import org.hlc.award.entry.EntryStatus;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.security.RequestContext;

@ApplicationScoped
public class SemiFinalService {
    private final EditionService editions;
    private final EntryService entries;
    private final CandidateQuery candidates;

    public SemiFinalService(EditionService editions, EntryService entries, CandidateQuery candidates) {
        this.editions = editions;
        this.entries = entries;
        this.candidates = candidates;
    }

    public Uni<Proposal> proposal(UUID editionId, Integer size, Integer maxPerCountry) {
        return editions.get(editionId).flatMap(folded -> proposal(folded.state(), size, maxPerCountry));
    }

    private Uni<Proposal> proposal(Edition edition, Integer size, Integer maxPerCountry) {
        int n = size == null ? edition.rules().semiFinalists() : size;
        int cap = maxPerCountry == null ? edition.rules().maxSemiFinalistsPerCountry() : maxPerCountry;
        if (n < 1 || n > 100) {
            throw new InvalidInputException("size", "must be between 1 and 100");
        }
        if (cap < 1 || cap > 100) {
            throw new InvalidInputException("maxPerCountry", "must be between 1 and 100");
        }
        return candidates.ranked(edition.editionId()).map(ranked -> Proposal.of(ranked, n, cap));
    }

    /**
     * Confirms the semi-finalists: the proposal under the edition's rules decides which choices are overrides; the
     * entry streams (not the read model) supply applicant, title, country and contact published to participants.
     */
    public Uni<CommandResult<EditionEvent, Edition>> confirm(UUID editionId, SelectionRequest request,
            Optional<Long> ifMatch, RequestContext caller) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.semiFinalists().size(); i++) {
            if (!seen.add(request.semiFinalists().get(i).entryId())) {
                throw new InvalidInputException("semiFinalists[" + i + "].entryId", "appears more than once");
            }
        }
        return editions.get(editionId).flatMap(edition -> proposal(edition.state(), null, null)
                .flatMap(proposal -> loadChosen(edition.state(), request).flatMap(chosen -> {
                    Set<UUID> proposed = proposal.proposed().stream().map(Candidate::entryId)
                            .collect(Collectors.toSet());
                    return editions.selectSemiFinalists(editionId, chosen, proposed, ifMatch, caller);
                })));
    }

    private Uni<List<SemiFinalist>> loadChosen(Edition edition, SelectionRequest request) {
        List<Uni<SemiFinalist>> loads = new ArrayList<>();
        for (SelectionRequest.Choice choice : request.semiFinalists()) {
            String reason = choice.overrideReason() == null || choice.overrideReason().isBlank() ? null
                    : choice.overrideReason().strip();
            loads.add(entries.get(choice.entryId()).map(folded -> eligible(edition, folded.state(), reason)));
        }
        return Uni.join().all(loads).andFailFast();
    }

    private static SemiFinalist eligible(Edition edition, Entry entry, String reason) {
        if (!entry.editionId().equals(edition.editionId()) || entry.status() != EntryStatus.ACCEPTED) {
            throw new DomainRuleException("entry-not-eligible", "entry " + entry.entryId()
                    + " is not an accepted entry of this edition", Map.of("entryId", entry.entryId()));
        }
        return new SemiFinalist(entry.entryId(), entry.applicantSubject(), entry.content().title(),
                entry.content().country(), entry.content().contactEmail(), reason);
    }
}
