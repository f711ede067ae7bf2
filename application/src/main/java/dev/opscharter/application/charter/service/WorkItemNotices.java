package dev.opscharter.application.charter.service;

import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.domain.charter.Participant;
import dev.opscharter.domain.charter.SignOff;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells people what a work item's step means for them: whoever the item now waits for (the lead it
 * was handed to, whoever may sign it off), and the one who raised it of its outcome. Nobody is
 * told of their own step. Names in the texts are people's names, not account names.
 */
final class WorkItemNotices {

    static final String LINK = "charter/work-items?item=";

    private final Notifications notifications;
    private final UserAccounts accounts;
    private final People people;

    WorkItemNotices(Notifications notifications, UserAccounts accounts, People people) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.people = people;
    }

    void registered(WorkItem item) {
        if (item.status() == WorkItemStatus.HANDED_OVER) {
            toAwaited(item, "notification.work-item.handed-over", item.raisedBy(), item.title(),
                    nameOf(item.raisedBy()));
        }
    }

    void changed(WorkItem before, WorkItem after, Participant who) {
        var by = nameOf(who.name());
        if (after.status() == WorkItemStatus.AWAITING_SIGN_OFF && before.status() != WorkItemStatus.AWAITING_SIGN_OFF) {
            toAwaited(after, "notification.work-item.sign-off-requested", who.name(), after.title(), by);
        } else if (before.status() == WorkItemStatus.AWAITING_SIGN_OFF) {
            var approved = after.status() == WorkItemStatus.DONE;
            var remark = after.signOff().map(SignOff::comment).orElse("");
            to(after.raisedBy(), who.name(), approved ? "notification.work-item.signed-off"
                    : "notification.work-item.sign-off-refused", after, after.title(), by, remark);
        } else if (after.status() == WorkItemStatus.DONE) {
            to(after.raisedBy(), who.name(), "notification.work-item.completed", after, after.title(), by,
                    after.outcome());
        } else if (after.status() == WorkItemStatus.CANCELLED) {
            var told = new LinkedHashSet<>(awaited(before));
            told.add(after.raisedBy());
            told.forEach(recipient -> to(recipient, who.name(), "notification.work-item.cancelled", after,
                    after.title(), by, after.outcome()));
        }
    }

    private void toAwaited(WorkItem item, String subjectKey, String actor, String... arguments) {
        awaited(item).forEach(recipient -> to(recipient, actor, subjectKey, item, arguments));
    }

    private void to(String recipient, String actor, String subjectKey, WorkItem item, String... arguments) {
        if (!recipient.equals(actor)) {
            notifications.send(new Notification(recipient, subjectKey, List.of(arguments), LINK + item.id()));
        }
    }

    /**
     * The usernames of enabled accounts the item waits for, by the domain's own rule, asked of
     * the few who can ever be awaited ({@link WorkItem#AWAITED_ROLES}), not of every account.
     */
    private Set<String> awaited(WorkItem item) {
        var names = new LinkedHashSet<String>();
        for (var person : people.holdingAnyOf(WorkItem.AWAITED_ROLES)) {
            accounts.byPerson(person.id()).filter(UserAccount::enabled)
                    .map(account -> new Participant(account.username().value(), person.roles(),
                            Optional.of(person.departmentId())))
                    .filter(item::awaits)
                    .ifPresent(participant -> names.add(participant.name()));
        }
        return names;
    }

    private String nameOf(String username) {
        try {
            return accounts.byUsername(new Username(username)).flatMap(a -> people.byId(a.personId()))
                    .map(Person::name).orElse(username);
        } catch (RuntimeException notAUsername) {
            return username;
        }
    }
}
