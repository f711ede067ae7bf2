package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.shared.InboxEntry;
import dev.opscharter.application.shared.port.out.InboxStore;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.bootstrap.testing.TestUsers;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell in the top bar on the real application: a user of the test's own with notifications
 * written straight into the inbox store; the count on arrival, after reading in the inbox, on the
 * next poll, and the polling stopped for an idle user.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class InboxBellIT extends ViewTest {

    @Autowired
    InboxStore store;
    @Autowired
    Transactions transactions;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;

    String me;

    @BeforeEach
    void a_user_of_our_own_with_two_unread_notifications() {
        me = TestUsers.in(context).create("bell", "Bell Reader", Role.OPS_SPECIALIST).username();
        notify("Faster shipping");
        notify("Shorter queues");
        new SignedIn(users).switchTo(me);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void notify(String title) {
        transactions.run(() -> store.add(new InboxEntry(UUID.randomUUID(), me, "notification.corrective-action.assigned",
                List.of(title, "2026-09-30"), "", Instant.now(), Optional.empty())));
    }

    private RouterLink bell() {
        return $(RouterLink.class).id("inbox-bell");
    }

    private InboxBell bellComponent() {
        return $(InboxBell.class).single();
    }

    private Span count() {
        return $(Span.class).id("inbox-bell-count");
    }

    private String label() {
        return bell().getElement().getAttribute("aria-label");
    }

    private void poll() {
        var ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    @Test
    void the_bell_shows_the_unread_count_links_to_the_inbox_and_says_so_in_the_users_language() {
        UI.getCurrent().navigate("");

        assertThat(bell().getHref()).isEqualTo("inbox");
        assertThat(count().isVisible()).isTrue();
        assertThat(count().getText()).isEqualTo("2");
        assertThat(label()).isEqualTo("Notifications: 2 unread");
        assertThat(bell().getElement().getAttribute("title")).isEqualTo(label());

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("inbox");
        assertThat(label()).isEqualTo("消息：2 条未读");
    }

    @Test
    void reading_in_the_inbox_updates_the_bell_at_once() {
        UI.getCurrent().navigate("inbox");
        assertThat(count().getText()).isEqualTo("2");

        @SuppressWarnings("unchecked")
        Grid<InboxEntry> entries = $(Grid.class).id("inbox-grid");
        test(entries).select(0);
        click("inbox-mark-read");
        assertThat(count().getText()).isEqualTo("1");
        assertThat(label()).isEqualTo("Notifications: 1 unread");

        click("inbox-mark-all-read");
        assertThat($(Span.class).withId("inbox-bell-count").exists()).as("no badge without unread").isFalse();
        assertThat(label()).isEqualTo("Notifications: none unread");
    }

    @Test
    void a_notification_arriving_while_the_page_stays_open_shows_at_the_next_poll_of_the_bell() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo((int) InboxBell.REFRESH.toMillis());
        notify("Fewer returns");

        poll();
        assertThat(count().getText()).as("a poll right after the last count asks for nothing").isEqualTo("2");

        // a minute later, as far as the bell knows
        bellComponent().navigated(Instant.now().minus(InboxBell.REFRESH));
        notify("Even fewer returns");
        poll();
        assertThat(count().getText()).isEqualTo("4");
    }

    @Test
    void an_idle_user_is_polled_no_more_until_the_next_navigation() {
        UI.getCurrent().navigate("");
        bellComponent().navigated(Instant.now().minus(InboxBell.IDLE));

        poll();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        UI.getCurrent().navigate("inbox");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo((int) InboxBell.REFRESH.toMillis());
    }

    @Test
    void many_unread_show_as_ninety_nine_plus() {
        for (int i = 0; i < InboxBell.MOST_SHOWN; i++) {
            notify("Item " + i);
        }
        UI.getCurrent().navigate("");

        assertThat(count().getText()).isEqualTo("99+");
        assertThat(label()).isEqualTo("Notifications: 101 unread");
    }
}
