package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.organization.port.out.Departments;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.domain.collaboration.Meeting;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.shared.Role;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the participants of a meeting the schedule has created: the leads of the departments taking part and the
 * operations managers who run it, each with an enabled account. The time is the organization's wall-clock time.
 */
public final class MeetingNotices {

    static final String SCHEDULED = "notification.meeting.scheduled";
    static final String LINK = "collaboration/meetings?meeting=";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final People people;
    private final UserAccounts accounts;
    private final Departments departments;

    public MeetingNotices(Notifications notifications, People people, UserAccounts accounts, Departments departments) {
        this.notifications = notifications;
        this.people = people;
        this.accounts = accounts;
        this.departments = departments;
    }

    void scheduled(Meeting meeting, ZoneId zone) {
        var taking = meeting.departments().stream().map(departments::byCode).flatMap(Optional::stream)
                .map(Department::id).collect(Collectors.toSet());
        var when = WHEN.format(LocalDateTime.ofInstant(meeting.scheduledAt(), zone));
        for (var person : people.holdingAnyOf(Set.of(Role.DEPARTMENT_LEAD, Role.OPS_MANAGER))) {
            if (person.roles().contains(Role.OPS_MANAGER) || taking.contains(person.departmentId())) {
                accounts.byPerson(person.id()).filter(UserAccount::enabled).ifPresent(account -> notifications.send(
                        new Notification(account.username().value(), SCHEDULED, List.of(meeting.title(), when),
                                LINK + meeting.id())));
            }
        }
    }

}
