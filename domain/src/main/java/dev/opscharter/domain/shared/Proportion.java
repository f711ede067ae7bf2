package dev.opscharter.domain.shared;

import java.util.OptionalDouble;

/**
 * Some counted over all counted — the compliance rate, incident handling timeliness, the major complaint rate. With
 * nothing counted there is no figure: not 0 %, not 100 % (SPEC §2, "no data is not a pass").
 */
public interface Proportion {

    /** How many of {@link #whole()} are counted in: compliant cases, incidents in time, major complaints. */
    long part();

    /** How many are counted at all. */
    long whole();

    default boolean defined() {
        return whole() > 0;
    }

    /** 0.75 for 75 %; empty when nothing is counted. */
    default OptionalDouble fraction() {
        return whole() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part() / whole());
    }

    /** Refuses a part below zero or above its whole. */
    static void check(String what, long part, long whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException(what + " " + part + "/" + whole);
        }
    }
}
