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
 * @param team     the team's appraisals
 */
@ConfigurationProperties("opscharter")
public record OpsCharterProperties(Path dataDir,
                                   @DefaultValue("false") boolean demo,
                                   @DefaultValue Admin admin,
                                   @DefaultValue Security security,
                                   @DefaultValue Team team) {

    public record Admin(@DefaultValue("admin") String username, String password) {
    }

    /**
     * @param accountCheckInterval how often a signed-in session re-reads its account (roles, disabled)
     */
    public record Security(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockDuration,
                           @DefaultValue("30s") Duration accountCheckInterval) {
    }

    /**
     * @param passMark the score out of 100 an appraisal result must reach to pass; each result keeps the mark it was
     *                 recorded with, so changing it judges only the results recorded after
     */
    public record Team(@DefaultValue("60") int passMark) {
        public Team {
            if (passMark < 0 || passMark > 100) {
                throw new IllegalArgumentException("opscharter.team.pass-mark must be between 0 and 100, not "
                        + passMark);
            }
        }
    }
}
