package org.hlc.award.entry;

import java.util.List;
import java.util.Map;
import org.hlc.award.edition.Phase;
import org.hlc.award.entry.EntryCommand.EditEntry;
import org.hlc.award.entry.EntryCommand.ReviewEntry;
import org.hlc.award.entry.EntryCommand.SubmitEntry;
import org.hlc.award.entry.EntryCommand.WithdrawEntry;
import org.hlc.award.entry.EntryEvent.EntryAccepted;
import org.hlc.award.entry.EntryEvent.EntryEdited;
import org.hlc.award.entry.EntryEvent.EntryRejected;
import org.hlc.award.entry.EntryEvent.EntrySubmitted;
import org.hlc.award.entry.EntryEvent.EntryWithdrawn;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;

public class EntryDecider implements Decider<EntryCommand, EntryEvent, Entry> {

    @Override
    public Entry initialState() {
        return Entry.NONE;
    }

    @Override
    public Entry evolve(Entry state, EntryEvent event) {
        if (event instanceof EntrySubmitted e) {
            return new Entry(e.entryId(), e.editionId(), e.applicantSubject(), new EntryContent(e.title(),
                    e.summary(), e.country(), e.category(), e.teamMembers(), e.links(), e.contactEmail()),
                    EntryStatus.SUBMITTED, null, e.submittedAt());
        }
        if (event instanceof EntryEdited e) {
            return state.with(new EntryContent(e.title(), e.summary(), e.country(), e.category(), e.teamMembers(),
                    e.links(), e.contactEmail()));
        }
        if (event instanceof EntryWithdrawn e) {
            return state.with(EntryStatus.WITHDRAWN, e.reason());
        }
        if (event instanceof EntryAccepted e) {
            return state.with(EntryStatus.ACCEPTED, e.reason());
        }
        if (event instanceof EntryRejected e) {
            return state.with(EntryStatus.REJECTED, e.reason());
        }
        return state;
    }

    @Override
    public List<EntryEvent> decide(EntryCommand command, Entry state) {
        if (command instanceof SubmitEntry c) {
            if (state.exists()) {
                throw new ConflictException("entry-exists", "entry " + c.entryId() + " already exists");
            }
            c.timeline().requireOpen(Phase.CALL_FOR_ENTRIES, c.now());
            EntryContent x = c.content();
            return List.of(new EntrySubmitted(c.entryId(), c.editionId(), c.applicantSubject(), x.title(),
                    x.summary(), x.country(), x.category(), x.teamMembers(), x.links(), x.contactEmail(), c.now()));
        }
        if (command instanceof EditEntry c) {
            requireExists(state, c);
            if (!state.applicantSubject().equals(c.editor())) {
                throw new AccessDeniedException("only the applicant may edit this entry");
            }
            requireNotWithdrawn(state);
            c.timeline().requireOpen(Phase.CALL_FOR_ENTRIES, c.now());
            if (c.content().equals(state.content())) {
                return List.of();
            }
            EntryContent x = c.content();
            return List.of(new EntryEdited(state.entryId(), state.editionId(), x.title(), x.summary(), x.country(),
                    x.category(), x.teamMembers(), x.links(), x.contactEmail(), c.editor(), c.now()));
        }
        if (command instanceof WithdrawEntry c) {
            requireExists(state, c);
            if (!c.organizer() && !state.applicantSubject().equals(c.actor())) {
                throw new AccessDeniedException("only the applicant or an organizer may withdraw this entry");
            }
            if (state.status() == EntryStatus.WITHDRAWN) {
                return List.of();
            }
            return List.of(new EntryWithdrawn(state.entryId(), state.editionId(), c.actor(), c.reason(), c.now()));
        }
        if (command instanceof ReviewEntry c) {
            requireExists(state, c);
            requireNotWithdrawn(state);
            EntryStatus target = c.accept() ? EntryStatus.ACCEPTED : EntryStatus.REJECTED;
            if (state.status() == target) {
                return List.of();
            }
            return List.of(c.accept()
                    ? new EntryAccepted(state.entryId(), state.editionId(), c.reviewer(), c.reason(), c.now())
                    : new EntryRejected(state.entryId(), state.editionId(), c.reviewer(), c.reason(), c.now()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static void requireExists(Entry state, EntryCommand command) {
        if (!state.exists()) {
            throw new ResourceNotFoundException("entry", command.entryId().toString());
        }
    }

    private static void requireNotWithdrawn(Entry state) {
        if (state.status() == EntryStatus.WITHDRAWN) {
            throw new DomainRuleException("entry-withdrawn", "entry " + state.entryId() + " was withdrawn",
                    Map.of("entryId", state.entryId()));
        }
    }
}
