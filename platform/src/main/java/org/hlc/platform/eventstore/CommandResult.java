package org.hlc.platform.eventstore;

import java.util.List;

/** What a handled command did: the events appended, the stream's version after them, and the resulting state. */
public record CommandResult<E, S>(String streamId, long version, List<E> events, S state) {
}
