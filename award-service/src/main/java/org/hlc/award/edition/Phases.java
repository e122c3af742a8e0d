package org.hlc.award.edition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.InvalidParam;

/** Checks a requested timeline: each phase once, each window non-empty; returns it in phase order. */
final class Phases {
    private Phases() {
    }

    static List<PhaseWindow> validated(List<PhaseRequest> requested) {
        List<InvalidParam> problems = new ArrayList<>();
        Set<Phase> seen = EnumSet.noneOf(Phase.class);
        List<PhaseWindow> windows = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            PhaseRequest phase = requested.get(i);
            if (!seen.add(phase.phase())) {
                problems.add(new InvalidParam("phases[" + i + "].phase", phase.phase() + " appears more than once"));
            }
            if (!phase.closesAt().isAfter(phase.opensAt())) {
                problems.add(new InvalidParam("phases[" + i + "].closesAt", "must be after opensAt"));
            }
            windows.add(new PhaseWindow(phase.phase(), phase.opensAt(), phase.closesAt()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        windows.sort(Comparator.comparing(PhaseWindow::phase));
        return List.copyOf(windows);
    }
}
