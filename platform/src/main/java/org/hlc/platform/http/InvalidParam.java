package org.hlc.platform.http;

/** One invalid input field: {@code name} is the JSON path (e.g. {@code timeZone}, {@code roles[1]}). */
public record InvalidParam(String name, String reason) {
}
