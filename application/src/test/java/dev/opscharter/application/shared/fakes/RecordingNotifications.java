package dev.opscharter.application.shared.fakes;

import dev.opscharter.application.shared.port.out.Notifications;

import java.util.ArrayList;
import java.util.List;

/** Keeps what was sent, for tests to read. */
public final class RecordingNotifications implements Notifications {

    private final List<Notification> sent = new ArrayList<>();

    @Override
    public synchronized void send(Notification notification) {
        sent.add(notification);
    }

    public synchronized List<Notification> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Notification> to(String recipient) {
        return sent.stream().filter(n -> n.recipient().equals(recipient)).toList();
    }

    public synchronized void clear() {
        sent.clear();
    }
}
