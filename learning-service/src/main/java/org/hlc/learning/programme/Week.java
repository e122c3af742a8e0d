package org.hlc.learning.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

public record Week(@Min(1) @Max(8) int number, @NotBlank @Size(max = 200) String theme) {

    /** The standard two weeks of the programme. */
    public static final List<Week> STANDARD = List.of(
            new Week(1, "learning from peers and experts"),
            new Week(2, "testing and prototyping"));
}
