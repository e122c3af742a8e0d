package org.hlc.learning.programme;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hlc.learning.programme.ProgrammeCommand.AddMaterial;
import org.hlc.learning.programme.ProgrammeCommand.AddModule;
import org.hlc.learning.programme.ProgrammeCommand.CreateProgramme;
import org.hlc.learning.programme.ProgrammeEvent.MaterialAdded;
import org.hlc.learning.programme.ProgrammeEvent.ModuleAdded;
import org.hlc.learning.programme.ProgrammeEvent.ProgrammeCreated;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.ResourceNotFoundException;

public class ProgrammeDecider implements Decider<ProgrammeCommand, ProgrammeEvent, Programme> {

    @Override
    public Programme initialState() {
        return Programme.NONE;
    }

    @Override
    public Programme evolve(Programme state, ProgrammeEvent event) {
        if (event instanceof ProgrammeCreated e) {
            return new Programme(e.programmeId(), e.editionId(), e.cohort(), e.title(), e.startsOn(), e.endsOn(),
                    List.copyOf(e.weeks()), List.of());
        }
        if (event instanceof ModuleAdded e) {
            return state.withModule(new Programme.Module(e.moduleId(), e.week(), e.topic(), e.title(), List.of()));
        }
        if (event instanceof MaterialAdded e) {
            return state.module(e.moduleId()).map(m -> state.withModule(m.withMaterial(new Programme.Material(
                    e.materialId(), e.title(), e.markdown(), List.copyOf(e.links()), e.releaseAt())))).orElse(state);
        }
        return state;
    }

    @Override
    public List<ProgrammeEvent> decide(ProgrammeCommand command, Programme state) {
        if (command instanceof CreateProgramme c) {
            if (state.exists()) {
                throw new ConflictException("programme-exists", "programme " + c.programmeId() + " already exists");
            }
            if (c.endsOn().isBefore(c.startsOn())) {
                throw new InvalidInputException("endsOn", "must not be before startsOn");
            }
            Set<Integer> numbers = new HashSet<>();
            for (Week week : c.weeks()) {
                if (!numbers.add(week.number())) {
                    throw new InvalidInputException("weeks", "week " + week.number() + " is listed twice");
                }
            }
            return List.of(new ProgrammeCreated(c.programmeId(), c.editionId(), c.title(), c.startsOn(), c.endsOn(),
                    List.copyOf(c.weeks()), c.createdBy(), c.now(), c.cohort()));
        }
        Programme programme = requireExists(state);
        if (command instanceof AddModule c) {
            if (!programme.hasWeek(c.week())) {
                throw new InvalidInputException("week", "the programme has no week " + c.week());
            }
            if (programme.modules().stream().anyMatch(m -> m.topic().equals(c.topic()))) {
                throw new ConflictException("module-topic-exists",
                        "the programme already has a module on " + c.topic());
            }
            return List.of(new ModuleAdded(programme.programmeId(), c.moduleId(), c.week(), c.topic(), c.title(),
                    c.now()));
        }
        if (command instanceof AddMaterial c) {
            if (programme.module(c.moduleId()).isEmpty()) {
                throw new ResourceNotFoundException("module", c.moduleId().toString());
            }
            return List.of(new MaterialAdded(programme.programmeId(), c.moduleId(), c.materialId(), c.title(),
                    c.markdown(), List.copyOf(c.links()), c.releaseAt(), c.now()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static Programme requireExists(Programme state) {
        if (!state.exists()) {
            throw new ResourceNotFoundException("programme", "(unknown)");
        }
        return state;
    }
}
