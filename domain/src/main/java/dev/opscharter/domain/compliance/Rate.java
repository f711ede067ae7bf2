package dev.opscharter.domain.compliance;

import java.util.OptionalDouble;

/** The compliance rate: cases with no deviation ÷ cases evaluated; no cases, no rate (not 100 %). */
public record Rate(long compliant, long evaluated) {

    public Rate {
        if (compliant < 0 || evaluated < 0 || compliant > evaluated) {
            throw new IllegalArgumentException("rate " + compliant + "/" + evaluated);
        }
    }

    public static final Rate NONE = new Rate(0, 0);

    public boolean defined() {
        return evaluated > 0;
    }

    /** 0.953 for 95.3 %; empty without cases. */
    public OptionalDouble fraction() {
        return evaluated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) compliant / evaluated);
    }

    public Rate plus(Rate other) {
        return new Rate(compliant + other.compliant, evaluated + other.evaluated);
    }
}
