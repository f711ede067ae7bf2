package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.appraisal.port.out.Standards;
import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterSeed;
import dev.opscharter.domain.organization.Department;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * On a new installation: the first charter version from the specification's table (in force from
 * the day of installation) and the charter's appraisal standards (for every year until the
 * director adjusts them). Both are then edited only through their use cases, as new versions.
 */
@Component
@Order(0)
class CharterAndStandards implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CharterAndStandards.class);
    static final String SEEDED_BY = "system";
    /**
     * The year the charter's standards are seeded from: the first year periods had before issue 11, as on
     * every installation so far (a quarter of the 1990s has no standards unless someone records them).
     */
    static final int STANDARDS_FROM_YEAR = 2000;

    private final Charters charters;
    private final Standards standards;
    private final Departments departments;
    private final SettingsStore settings;
    private final Transactions transactions;
    private final Clock clock;

    CharterAndStandards(Charters charters, Standards standards, Departments departments, SettingsStore settings,
                        Transactions transactions, Clock clock) {
        this.charters = charters;
        this.standards = standards;
        this.departments = departments;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.run(() -> {
            if (charters.all().isEmpty()) {
                var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
                var dimensions = CharterSeed.dimensions(code -> departments.byCode(code).map(Department::id)
                        .orElseThrow(() -> new IllegalStateException("default department " + code + " is missing")));
                charters.add(Charter.first(dimensions, today, "运营经理岗位说明书 · 核心职责框架", SEEDED_BY,
                        clock.instant()));
                log.info("Charter version 1 seeded from the job description, in force from {}", today);
            }
            if (standards.all().isEmpty()) {
                standards.add(AppraisalStandards.charter(STANDARDS_FROM_YEAR, SEEDED_BY, clock.instant()));
                log.info("Appraisal standards version 1 seeded from the charter's 绩效考核核心指标");
            }
        });
    }
}
