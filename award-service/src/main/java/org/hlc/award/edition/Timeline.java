package org.hlc.award.edition;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hlc.platform.http.DomainRuleException;

/** The phases of an edition; the one place where "is this phase open now?" is answered for every command. */
public record Timeline(List<PhaseWindow> phases) {

    public Timeline {
        phases = List.copyOf(phases);
    }

    public Optional<PhaseWindow> window(Phase phase) {
        return phases.stream().filter(w -> w.phase() == phase).findFirst();
    }

    /** Refuses with 422 naming the phase and its window unless {@code now} lies inside it. */
    public void requireOpen(Phase phase, Instant now) {
        PhaseWindow window = window(phase).orElseThrow(() -> new DomainRuleException("phase-not-scheduled",
                "the edition has no " + phase + " phase", Map.of("phase", phase.name())));
        if (!window.isOpenAt(now)) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("phase", phase.name());
            extensions.put("opensAt", window.opensAt().toString());
            extensions.put("closesAt", window.closesAt().toString());
            extensions.put("now", now.toString());
            throw new DomainRuleException("outside-phase-window", phase + " is open from " + window.opensAt()
                    + " until " + window.closesAt() + "; it is " + now, extensions);
        }
    }

    /** Refuses with 422 while {@code phase} has not closed yet (e.g. results before the voting ends). */
    public void requireClosed(Phase phase, Instant now) {
        window(phase).filter(w -> now.isBefore(w.closesAt())).ifPresent(w -> {
            throw new DomainRuleException("phase-not-closed", phase + " closes at " + w.closesAt(),
                    Map.of("phase", phase.name(), "opensAt", w.opensAt().toString(),
                            "closesAt", w.closesAt().toString()));
        });
    }
}
