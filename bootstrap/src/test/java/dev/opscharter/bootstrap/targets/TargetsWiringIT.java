package dev.opscharter.bootstrap.targets;

import dev.opscharter.application.appraisal.port.out.IndicatorSource;
import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.application.targets.port.in.RecordActuals;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.DailyActual;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import dev.opscharter.bootstrap.testing.SignedIn;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The targets' use cases on their PostgreSQL stores: an import streams into the store's batch inside the use
 * case's transaction (all of it or, refused, none), and the scorecard takes the two sources the targets give.
 * The database is shared: codes are unique to this run, and the quarter is an old one of its own.
 */
@OpsCharterSpringTest
class TargetsWiringIT {

    @Autowired
    ManageTargets manage;
    @Autowired
    RecordActuals record;
    @Autowired
    TargetQueries queries;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    UserDetailsService users;
    @TempDir
    Path dir;

    /** Signed in by hand, as the other application tests of this package are. */
    @BeforeEach
    void signInAsTheManager() {
        new SignedIn(users).switchTo("manager");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final Period.Quarter quarter = new Period.Quarter(ThreadLocalRandom.current().nextInt(1991, 2016),
            ThreadLocalRandom.current().nextInt(1, 5));

    @Test
    void actuals_imported_count_towards_the_scorecard_and_a_refused_file_stores_nothing() throws IOException {
        var unit = manage.createUnit(RequestKey.fresh(), new UnitDraft("U_" + suffix,
                new BilingualName("单元" + suffix, "Unit " + suffix), Optional.empty(), true));
        var metric = manage.createMetric(RequestKey.fresh(), new MetricDraft("M_" + suffix,
                new BilingualName("指标" + suffix, "Metric " + suffix), MetricUnit.COUNT,
                MetricDirection.HIGHER_IS_BETTER, Aggregation.SUM, true, true));
        manage.setTarget(unit, metric, quarter, new BigDecimal("200"), "", 0);
        var first = quarter.firstDay();
        var file = csv("value,day,metric_code,unit_code",
                "100," + first + ",M_" + suffix + ",U_" + suffix,
                "90.5," + first.plusDays(1) + ",M_" + suffix + ",U_" + suffix);

        var imported = record.importFile(file, "actuals.csv");
        var again = record.importFile(file, "actuals.csv");

        assertThat(imported.added()).isEqualTo(2);
        assertThat(again.unchanged()).isEqualTo(2);
        var refused = csv("unit_code,metric_code,day,value", "U_" + suffix + ",M_" + suffix + "," + first.plusDays(2)
                + ",5", "NOBODY_" + suffix + ",M_" + suffix + "," + first.plusDays(3) + ",5");
        assertThatThrownBy(() -> record.importFile(refused, "bad.csv"))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThat(queries.days(unit, metric, quarter)).extracting(DailyActual::day)
                .containsExactly(first, first.plusDays(1));

        var core = sources.stream().filter(s -> s.parts().contains(Part.CORE_TARGET_ATTAINMENT)).findFirst()
                .orElseThrow().valueOf(Part.CORE_TARGET_ATTAINMENT, quarter, ZoneId.of("Asia/Shanghai"))
                .orElseThrow();
        var unmet = sources.stream().filter(s -> s.parts().contains(Part.KEY_INDICATORS_UNMET)).findFirst()
                .orElseThrow().valueOf(Part.KEY_INDICATORS_UNMET, quarter, ZoneId.of("Asia/Shanghai"))
                .orElseThrow();
        // 190.5 of 200 in an ended quarter; nobody else keeps targets in this old quarter
        assertThat(core.measurement().figure()).contains(new BigDecimal("95.3"));
        assertThat(unmet.measurement().figure()).contains(BigDecimal.ONE);
        assertThat(((Provenance.FromRecords) core.provenance()).evidence().getFirst().link())
                .contains("targets?period=" + quarter.key());
    }

    private Path csv(String... lines) throws IOException {
        var file = Files.createTempFile(dir, "actuals", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
