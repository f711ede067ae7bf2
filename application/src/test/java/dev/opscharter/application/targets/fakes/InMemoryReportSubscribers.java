package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.targets.port.out.ReportSubscribers;

import java.util.List;
import java.util.TreeSet;

/** Subscribers in memory, by name. */
public final class InMemoryReportSubscribers implements ReportSubscribers {

    private final TreeSet<String> subscribers = new TreeSet<>();

    @Override
    public synchronized void subscribe(String username) {
        subscribers.add(username);
    }

    @Override
    public synchronized void unsubscribe(String username) {
        subscribers.remove(username);
    }

    @Override
    public synchronized boolean subscribed(String username) {
        return subscribers.contains(username);
    }

    @Override
    public synchronized List<String> all() {
        return List.copyOf(subscribers);
    }
}
