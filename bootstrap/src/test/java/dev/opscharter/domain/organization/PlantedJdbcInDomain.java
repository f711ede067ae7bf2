package dev.opscharter.domain.organization;

import java.sql.Connection;

/** A deliberate violation for ArchitectureRulesCatchViolationsTest: the domain must not touch JDBC. */
public class PlantedJdbcInDomain {

    public boolean isOpen(Connection connection) throws java.sql.SQLException {
        return !connection.isClosed();
    }
}
