package dev.opscharter.application.targets.fakes;

import dev.opscharter.application.targets.port.out.ReportSubscribers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The users' choices in memory, by name. */
public final class InMemoryReportSubscribers implements ReportSubscribers {

    private final TreeMap<String, Choice> choices = new TreeMap<>();

    @Override
    public synchronized void subscribe(String username) {
        choices.put(username, Choice.SUBSCRIBED);
    }

    @Override
    public synchronized void unsubscribe(String username) {
        choices.put(username, Choice.UNSUBSCRIBED);
    }

    @Override
    public synchronized Optional<Choice> choice(String username) {
        return Optional.ofNullable(choices.get(username));
    }

    @Override
    public synchronized List<String> all() {
        return chose(Choice.SUBSCRIBED);
    }

    @Override
    public synchronized List<String> unsubscribed() {
        return chose(Choice.UNSUBSCRIBED);
    }

    private List<String> chose(Choice choice) {
        return choices.entrySet().stream().filter(e -> e.getValue() == choice).map(Map.Entry::getKey).toList();
    }
}
