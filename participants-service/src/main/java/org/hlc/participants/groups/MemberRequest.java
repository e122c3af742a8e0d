package org.hlc.participants.groups;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record MemberRequest(@NotNull UUID personId) {
}
