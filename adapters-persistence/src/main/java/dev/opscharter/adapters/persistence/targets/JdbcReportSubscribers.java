package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.port.out.ReportSubscribers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The users' choices about the weekly report in {@code target_report_subscriber} (V28, the opt-out V31). */
@Component
class JdbcReportSubscribers implements ReportSubscribers {

    private final JdbcClient jdbc;

    JdbcReportSubscribers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void subscribe(String username) {
        choose(username, true);
    }

    @Override
    public void unsubscribe(String username) {
        choose(username, false);
    }

    private void choose(String username, boolean receives) {
        jdbc.sql("""
                        insert into target_report_subscriber (username, receives) values (:username, :receives)
                        on conflict (username) do update set receives = excluded.receives, subscribed_at = now()
                        where target_report_subscriber.receives <> excluded.receives""")
                .param("username", username).param("receives", receives).update();
    }

    @Override
    public Optional<Choice> choice(String username) {
        return jdbc.sql("select receives from target_report_subscriber where username = :username")
                .param("username", username).query(Boolean.class).optional()
                .map(receives -> receives ? Choice.SUBSCRIBED : Choice.UNSUBSCRIBED);
    }

    @Override
    public List<String> all() {
        return chose(true);
    }

    @Override
    public List<String> unsubscribed() {
        return chose(false);
    }

    private List<String> chose(boolean receives) {
        return jdbc.sql("select username from target_report_subscriber where receives = :receives order by username")
                .param("receives", receives).query(String.class).list();
    }
}
