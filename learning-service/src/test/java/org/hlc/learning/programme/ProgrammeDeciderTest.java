package org.hlc.learning.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hlc.learning.programme.ProgrammeCommand.AddMaterial;
import org.hlc.learning.programme.ProgrammeCommand.AddModule;
import org.hlc.learning.programme.ProgrammeCommand.CreateProgramme;
import org.hlc.learning.programme.ProgrammeEvent.MaterialAdded;
import org.hlc.learning.programme.ProgrammeEvent.ModuleAdded;
import org.hlc.learning.programme.ProgrammeEvent.ProgrammeCreated;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

class ProgrammeDeciderTest {
    private static final Instant NOW = Instant.parse("2015-02-20T10:00:00Z");
    private static final UUID PROGRAMME = UUID.randomUUID();
    private static final UUID MODULE = UUID.randomUUID();
    private final ProgrammeDecider decider = new ProgrammeDecider();

    private static ProgrammeCreated created() {
        return new ProgrammeCreated(PROGRAMME, UUID.randomUUID(), "HLC 2015", LocalDate.parse("2015-03-02"),
                LocalDate.parse("2015-03-15"), Week.STANDARD, "organizer", NOW, "2015-programme");
    }

    private Programme given(ProgrammeEvent... events) {
        return decider.fold(List.of(events));
    }

    @Test
    void creates_a_programme_with_two_weeks() {
        List<ProgrammeEvent> events = decider.decide(new CreateProgramme(PROGRAMME, UUID.randomUUID(),
                "2015-programme", "HLC 2015",
                LocalDate.parse("2015-03-02"), LocalDate.parse("2015-03-15"), Week.STANDARD, "organizer", NOW),
                decider.initialState());
        assertThat(events).singleElement().isInstanceOf(ProgrammeCreated.class);
        assertThat(decider.fold(events).weeks()).extracting(Week::number).containsExactly(1, 2);
    }

    @Test
    void refuses_a_programme_ending_before_it_starts() {
        assertThatThrownBy(() -> decider.decide(new CreateProgramme(PROGRAMME, UUID.randomUUID(), "2015-programme",
                "x",
                LocalDate.parse("2015-03-15"), LocalDate.parse("2015-03-02"), Week.STANDARD, "o", NOW),
                decider.initialState())).isInstanceOf(InvalidInputException.class).hasMessageContaining("endsOn");
    }

    @Test
    void adds_a_module_to_an_existing_week_once_per_topic() {
        Programme programme = given(created());
        List<ProgrammeEvent> events = decider.decide(new AddModule(MODULE, 1, "communication", "Pitching", NOW),
                programme);
        assertThat(events).containsExactly(new ModuleAdded(PROGRAMME, MODULE, 1, "communication", "Pitching", NOW));

        Programme withModule = given(created(), events.get(0));
        assertThatThrownBy(() -> decider.decide(new AddModule(UUID.randomUUID(), 2, "communication", "Again", NOW),
                withModule)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> decider.decide(new AddModule(UUID.randomUUID(), 3, "upscaling", "Week 3", NOW),
                withModule)).isInstanceOf(InvalidInputException.class).hasMessageContaining("week");
    }

    @Test
    void material_is_released_from_its_release_instant() {
        Programme programme = given(created(), new ModuleAdded(PROGRAMME, MODULE, 1, "prototyping", "P", NOW));
        Instant release = NOW.plusSeconds(3600);
        List<ProgrammeEvent> events = decider.decide(new AddMaterial(MODULE, UUID.randomUUID(), "Paper prototypes",
                "# Cut, fold, test", List.of("https://example.org/p"), release, NOW), programme);
        assertThat(events).singleElement().isInstanceOf(MaterialAdded.class);

        Programme.Material material = decider.evolve(programme, events.get(0)).module(MODULE).orElseThrow()
                .materials().get(0);
        assertThat(material.releasedBy(NOW)).isFalse();
        assertThat(material.releasedBy(release)).isTrue();
    }

    @Test
    void refuses_material_for_an_unknown_module() {
        assertThatThrownBy(() -> decider.decide(new AddMaterial(UUID.randomUUID(), UUID.randomUUID(), "t", "m",
                List.of(), NOW, NOW), given(created()))).isInstanceOf(ResourceNotFoundException.class);
    }
}
