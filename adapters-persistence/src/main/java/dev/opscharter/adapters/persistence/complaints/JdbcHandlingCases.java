package dev.opscharter.adapters.persistence.complaints;

import dev.opscharter.application.complaints.port.out.HandlingCases;
import dev.opscharter.domain.complaints.HandlingCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks a case up in the execution records' cases ({@code execution_case}, one row per process and case). */
@Component
class JdbcHandlingCases implements HandlingCases {

    private final JdbcClient jdbc;

    JdbcHandlingCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(HandlingCase handlingCase) {
        return jdbc.sql("select exists (select 1 from execution_case where process_code = :process and case_id = :id)")
                .param("process", handlingCase.processCode()).param("id", handlingCase.caseId())
                .query(Boolean.class).single();
    }
}
