package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.domain.collaboration.Meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Tells the participants of a meeting the schedule has created: the leads of the departments taking part and the
 * operations managers who run it. The time is the organization's wall-clock time.
 */
public final class MeetingNotices {

    static final String SCHEDULED = "notification.meeting.scheduled";
    static final String LINK = "collaboration/meetings?meeting=";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;
    private final DepartmentContacts contacts;

    public MeetingNotices(Notifications notifications, DepartmentContacts contacts) {
        this.notifications = notifications;
        this.contacts = contacts;
    }

    void scheduled(Meeting meeting, ZoneId zone) {
        var when = WHEN.format(LocalDateTime.ofInstant(meeting.scheduledAt(), zone));
        contacts.of(meeting.departments(), true).forEach(recipient -> notifications.send(new Notification(recipient,
                SCHEDULED, List.of(meeting.title(), when), LINK + meeting.id())));
    }
}
