package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CaseDetail;
import dev.opscharter.domain.compliance.CheckId;

import java.util.Optional;

/** A deliberate violation for ArchitectureRulesCatchViolationsTest: an out-port must not use an in-port's type. */
public interface PlantedOutPortUsingInPort {

    Optional<CaseDetail> caseDetail(CheckId check, String caseId);
}
