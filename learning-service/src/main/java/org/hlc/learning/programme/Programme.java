package org.hlc.learning.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A programme's state, folded from its stream. */
public record Programme(UUID programmeId, UUID editionId, String cohort, String title, LocalDate startsOn,
        LocalDate endsOn, List<Week> weeks, List<Module> modules) {

    public static final Programme NONE = new Programme(null, null, null, null, null, null, List.of(), List.of());

    public boolean exists() {
        return programmeId != null;
    }

    public Optional<Module> module(UUID moduleId) {
        return modules.stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
    }

    public Optional<Material> material(UUID materialId) {
        return modules.stream().flatMap(m -> m.materials().stream()).filter(m -> m.materialId().equals(materialId))
                .findFirst();
    }

    public Optional<Module> moduleOf(UUID materialId) {
        return modules.stream().filter(m -> m.materials().stream().anyMatch(x -> x.materialId().equals(materialId)))
                .findFirst();
    }

    public boolean hasWeek(int number) {
        return weeks.stream().anyMatch(w -> w.number() == number);
    }

    Programme withModule(Module module) {
        List<Module> all = new ArrayList<>();
        boolean replaced = false;
        for (Module m : modules) {
            if (m.moduleId().equals(module.moduleId())) {
                all.add(module);
                replaced = true;
            } else {
                all.add(m);
            }
        }
        if (!replaced) {
            all.add(module);
        }
        return new Programme(programmeId, editionId, cohort, title, startsOn, endsOn, weeks, List.copyOf(all));
    }

    public record Module(UUID moduleId, int week, String topic, String title, List<Material> materials) {
        Module withMaterial(Material material) {
            List<Material> all = new ArrayList<>(materials);
            all.add(material);
            return new Module(moduleId, week, topic, title, List.copyOf(all));
        }
    }

    public record Material(UUID materialId, String title, String markdown, List<String> links, Instant releaseAt) {
        public boolean releasedBy(Instant now) {
            return !releaseAt.isAfter(now);
        }
    }
}
