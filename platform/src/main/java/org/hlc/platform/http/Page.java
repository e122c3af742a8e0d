package org.hlc.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a list; {@code next} is the absolute link to the following page, absent on the last one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next) {
}
