package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.port.out.ReportSubscribers;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ReportSubscribers} does; the database is shared, so each test has users of its own. */
abstract class WeeklyReportSubscribersContract {

    protected abstract ReportSubscribers subscribers();

    static String someUser() {
        return "u" + UUID.randomUUID().toString().substring(0, 12);
    }

    @Test
    void a_user_subscribes_and_unsubscribes_themself() {
        var user = someUser();

        subscribers().subscribe(user);
        assertThat(subscribers().subscribed(user)).isTrue();
        assertThat(subscribers().all()).contains(user);

        subscribers().unsubscribe(user);
        assertThat(subscribers().subscribed(user)).isFalse();
        assertThat(subscribers().all()).doesNotContain(user);
    }

    @Test
    void subscribing_twice_is_one_subscription_and_unsubscribing_a_stranger_changes_nothing() {
        var user = someUser();
        var other = someUser();
        subscribers().subscribe(user);
        subscribers().subscribe(user);

        subscribers().unsubscribe(other);

        assertThat(subscribers().all()).containsOnlyOnce(user).doesNotContain(other);
        assertThat(subscribers().all()).isSorted();
    }
}
