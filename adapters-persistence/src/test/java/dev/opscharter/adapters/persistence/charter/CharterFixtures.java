package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.domain.charter.BoundaryPolicy;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterSeed;
import dev.opscharter.domain.charter.CharterVersionId;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.organization.DepartmentId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data of the charter context. The departments are the default ones with the fixed ids of
 * {@code V2__default_departments.sql}, so the charter's and the work items' foreign keys hold.
 * Charter numbers are unique in the database: the JDBC tests share one and commit, so every
 * charter gets a number no other test of this JVM uses.
 */
final class CharterFixtures {

    static final DepartmentId OPERATIONS = department("1");
    static final DepartmentId IT = department("5");
    static final DepartmentId FINANCE = department("6");
    static final DepartmentId HR = department("7");
    static final DepartmentId INTERNAL_AUDIT = department("a");
    static final DepartmentId EXECUTIVE = department("b");
    static final DepartmentId FRONTLINE = department("c");

    private static final Map<String, DepartmentId> DEFAULT_DEPARTMENTS = Map.of(
            "OPERATIONS", OPERATIONS, "IT", IT, "FINANCE", FINANCE, "HR", HR, "INTERNAL_AUDIT", INTERNAL_AUDIT,
            "EXECUTIVE", EXECUTIVE, "FRONTLINE", FRONTLINE);

    /** A random start, then counted up: unique within the JVM, and across runs against one server. */
    private static final AtomicInteger NUMBERS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000, 1_000_000_000));

    /** Instants as PostgreSQL keeps them (microseconds), so the fake and the adapter agree. */
    static final Instant RECORDED_AT = Instant.parse("2026-07-01T02:03:04.567891Z");

    private CharterFixtures() {
    }

    private static DepartmentId department(String last) {
        return new DepartmentId(UUID.fromString("de000000-0000-4000-8000-00000000000" + last));
    }

    static DepartmentId byCode(DepartmentCode code) {
        var id = DEFAULT_DEPARTMENTS.get(code.value());
        if (id == null) {
            throw new IllegalArgumentException("not a default department the seed uses: " + code);
        }
        return id;
    }

    static List<DutyDimension> seededDimensions() {
        return CharterSeed.dimensions(CharterFixtures::byCode);
    }

    static int freshNumber() {
        return NUMBERS.getAndAdd(10);
    }

    /** The specification's charter, as the application seeds it, under a number of its own. */
    static Charter seededCharter() {
        return new Charter(CharterVersionId.random(), freshNumber(), LocalDate.of(2026, 1, 1), seededDimensions(),
                "", "系统", RECORDED_AT);
    }

    static BoundaryPolicy seededPolicy() {
        return new BoundaryPolicy(seededCharter());
    }
}
