package dev.opscharter.domain.compliance;

import dev.opscharter.domain.shared.Proportion;

/** The compliance rate: cases with no deviation ÷ cases evaluated; no cases, no rate (not 100 %). */
public record Rate(long compliant, long evaluated) implements Proportion {

    public Rate {
        Proportion.check("rate", compliant, evaluated);
    }

    public static final Rate NONE = new Rate(0, 0);

    public Rate plus(Rate other) {
        return new Rate(compliant + other.compliant, evaluated + other.evaluated);
    }

    @Override
    public long part() {
        return compliant;
    }

    @Override
    public long whole() {
        return evaluated;
    }
}
