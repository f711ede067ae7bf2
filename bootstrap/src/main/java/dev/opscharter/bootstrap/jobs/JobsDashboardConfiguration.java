package dev.opscharter.bootstrap.jobs;

import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.util.List;

/**
 * With {@code opscharter.jobs-dashboard.enabled=true}: JobRunr's dashboard on the loopback
 * interface ({@code opscharter.jobs-dashboard.port}; 0, the default, takes any free port), and for users at {@code /dashboard/}
 * of the application, for administrators only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opscharter.jobs-dashboard.enabled", havingValue = "true")
public class JobsDashboardConfiguration {

    /**
     * The paths the dashboard's page and scripts use. They are absolute in JobRunr's build, so the
     * application serves them as they are rather than under a prefix of its own.
     */
    public static final List<String> PATHS = List.of("/dashboard", "/api", "/sse");

    @Bean(destroyMethod = "close")
    LoopbackJobsDashboard loopbackJobsDashboard(StorageProvider storage, JsonMapper json,
                                                @Value("${opscharter.jobs-dashboard.port:0}") int port)
            throws IOException {
        return new LoopbackJobsDashboard(storage, json, port);
    }

    @Bean
    ServletRegistrationBean<JobsDashboardProxy> jobsDashboardProxy(LoopbackJobsDashboard dashboard) {
        var paths = PATHS.stream().map(path -> path + "/*").toArray(String[]::new);
        var registration = new ServletRegistrationBean<>(new JobsDashboardProxy(dashboard), paths);
        registration.setName("jobsDashboardProxy");
        registration.setAsyncSupported(true);
        return registration;
    }
}
