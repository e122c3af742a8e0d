package org.hlc.learning.programme;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A programme as one reader may see it: participants get only the material released by now. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeView(UUID id, UUID editionId, String cohort, String title, LocalDate startsOn, LocalDate endsOn,
        List<Week> weeks, List<ModuleView> modules, long version) {

    public record ModuleView(UUID id, int week, String topic, String title, List<MaterialView> materials) {
    }

    public record MaterialView(UUID id, String title, String markdown, List<String> links, Instant releaseAt) {
    }

    static MaterialView material(Programme.Material material) {
        return new MaterialView(material.materialId(), material.title(), material.markdown(), material.links(),
                material.releaseAt());
    }

    static ProgrammeView of(Programme programme, long version, boolean seesUnreleased, Instant now) {
        List<ModuleView> modules = new ArrayList<>();
        for (Programme.Module module : programme.modules()) {
            List<MaterialView> materials = new ArrayList<>();
            for (Programme.Material material : module.materials()) {
                if (seesUnreleased || material.releasedBy(now)) {
                    materials.add(new MaterialView(material.materialId(), material.title(), material.markdown(),
                            material.links(), material.releaseAt()));
                }
            }
            modules.add(new ModuleView(module.moduleId(), module.week(), module.topic(), module.title(), materials));
        }
        return new ProgrammeView(programme.programmeId(), programme.editionId(), programme.cohort(), programme.title(),
                programme.startsOn(), programme.endsOn(), programme.weeks(), modules, version);
    }
}
