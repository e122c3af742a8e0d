package org.hlc.platform.eventstore;

import java.util.List;

/**
 * The pure core of an aggregate: decide which events a command causes given the state, and evolve the state by an
 * event. No I/O, so it is tested with given-events / when-command / then-events.
 */
public interface Decider<C, E, S> {
    S initialState();

    S evolve(S state, E event);

    List<E> decide(C command, S state);

    default S fold(List<E> events) {
        S state = initialState();
        for (E event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
