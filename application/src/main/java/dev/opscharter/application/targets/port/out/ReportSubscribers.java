package dev.opscharter.application.targets.port.out;

import java.util.List;
import java.util.Optional;

/**
 * Who chose whether to receive the weekly report: each user subscribes and unsubscribes themself, and the
 * choice is kept per user, so a manager or director, who receive it without asking, stays unsubscribed once
 * they unsubscribed (an opt-out), and anyone else who reads the targets receives it once they subscribed.
 */
public interface ReportSubscribers {

    enum Choice { SUBSCRIBED, UNSUBSCRIBED }

    /** The user receives the report, whatever they chose before; subscribing twice is one choice. */
    void subscribe(String username);

    /** The user does not receive the report, even where they would without asking; kept as their choice. */
    void unsubscribe(String username);

    /** The user's choice, none while they never made one. */
    Optional<Choice> choice(String username);

    /** Every user who subscribed, by name. */
    List<String> all();

    /** Every user who unsubscribed, by name. */
    List<String> unsubscribed();
}
