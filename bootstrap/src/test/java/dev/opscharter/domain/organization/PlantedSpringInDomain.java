package dev.opscharter.domain.organization;

import org.springframework.data.annotation.Id;

/** A deliberate violation for ArchitectureRulesCatchViolationsTest: no framework in the domain. */
public class PlantedSpringInDomain {

    @Id
    private String id = "planted";

    public String id() {
        return id;
    }
}
