package dev.opscharter.bootstrap.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * OpsCharter's own settings ({@code opscharter.*}); the README lists them.
 *
 * @param dataDir  where the embedded PostgreSQL keeps its data when no datasource is configured
 * @param demo     seed demo users and data on start
 * @param admin    the first administrator, created when no administrator exists (outside demo mode)
 * @param security sign-in throttling
 */
@ConfigurationProperties("opscharter")
public record OpsCharterProperties(Path dataDir,
                                   @DefaultValue("false") boolean demo,
                                   @DefaultValue Admin admin,
                                   @DefaultValue Security security) {

    public record Admin(@DefaultValue("admin") String username, String password) {
    }

    /**
     * @param accountCheckInterval how often a signed-in session re-reads its account (roles, disabled)
     */
    public record Security(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockDuration,
                           @DefaultValue("30s") Duration accountCheckInterval) {
    }
}
