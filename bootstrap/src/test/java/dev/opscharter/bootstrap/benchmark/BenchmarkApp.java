package dev.opscharter.bootstrap.benchmark;

import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.bootstrap.OpsCharterApplication;
import dev.opscharter.domain.shared.Period;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** The real application as the benchmarks start it: demo data, a data directory of their own, no job server. */
final class BenchmarkApp {

    private BenchmarkApp() {
    }

    static ConfigurableApplicationContext demo(Path dataDir) {
        return new SpringApplicationBuilder(OpsCharterApplication.class).run(
                "--opscharter.data-dir=" + dataDir, "--opscharter.demo=true", "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--jobrunr.background-job-server.enabled=false");
    }

    /** The quarter that ended last, in the organization's time zone. */
    static Period.Quarter lastEndedQuarter(ConfigurableApplicationContext context) {
        var zone = context.getBean(SettingsStore.class).load().timeZone();
        return Period.quarterOf(LocalDate.now(context.getBean(Clock.class).withZone(zone))).previous();
    }
}
