package org.hlc.award.entry;

import jakarta.validation.constraints.Size;

public record WithdrawRequest(@Size(max = 1000) String reason) {
}
