package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.port.out.ReportSubscribers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The weekly report's subscribers in {@code target_report_subscriber} (V28). */
@Component
class JdbcReportSubscribers implements ReportSubscribers {

    private final JdbcClient jdbc;

    JdbcReportSubscribers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void subscribe(String username) {
        jdbc.sql("insert into target_report_subscriber (username) values (:username) on conflict do nothing")
                .param("username", username).update();
    }

    @Override
    public void unsubscribe(String username) {
        jdbc.sql("delete from target_report_subscriber where username = :username").param("username", username)
                .update();
    }

    @Override
    public boolean subscribed(String username) {
        return jdbc.sql("select exists (select 1 from target_report_subscriber where username = :username)")
                .param("username", username).query(Boolean.class).single();
    }

    @Override
    public List<String> all() {
        return jdbc.sql("select username from target_report_subscriber order by username").query(String.class).list();
    }
}
