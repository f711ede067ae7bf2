package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.application.targets.port.out.ReportSubscribers;
import dev.opscharter.application.targets.port.out.ReportSubscribers.Choice;
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

        assertThat(subscribers().choice(user)).as("no choice yet").isEmpty();
        subscribers().subscribe(user);
        assertThat(subscribers().choice(user)).contains(Choice.SUBSCRIBED);
        assertThat(subscribers().all()).contains(user);

        subscribers().unsubscribe(user);
        assertThat(subscribers().choice(user)).contains(Choice.UNSUBSCRIBED);
        assertThat(subscribers().all()).doesNotContain(user);
        assertThat(subscribers().unsubscribed()).contains(user);

        subscribers().subscribe(user);
        assertThat(subscribers().choice(user)).contains(Choice.SUBSCRIBED);
        assertThat(subscribers().unsubscribed()).doesNotContain(user);
    }

    @Test
    void unsubscribing_without_having_subscribed_is_kept_as_an_opt_out() {
        var manager = someUser();

        subscribers().unsubscribe(manager);
        subscribers().unsubscribe(manager);

        assertThat(subscribers().choice(manager)).contains(Choice.UNSUBSCRIBED);
        assertThat(subscribers().unsubscribed()).containsOnlyOnce(manager).isSorted();
        assertThat(subscribers().all()).doesNotContain(manager);
    }

    @Test
    void subscribing_twice_is_one_subscription_and_another_user_s_choice_is_theirs() {
        var user = someUser();
        var other = someUser();
        subscribers().subscribe(user);
        subscribers().subscribe(user);

        subscribers().unsubscribe(other);

        assertThat(subscribers().all()).containsOnlyOnce(user).doesNotContain(other);
        assertThat(subscribers().all()).isSorted();
        assertThat(subscribers().choice(user)).contains(Choice.SUBSCRIBED);
    }
}
