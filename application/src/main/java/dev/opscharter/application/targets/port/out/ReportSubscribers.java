package dev.opscharter.application.targets.port.out;

import java.util.List;

/** The accounts that subscribed to the weekly report: each subscribes and unsubscribes themself. */
public interface ReportSubscribers {

    /** Subscribes the user; a subscriber stays one. */
    void subscribe(String username);

    /** Unsubscribes the user; nobody subscribed, nothing changes. */
    void unsubscribe(String username);

    boolean subscribed(String username);

    /** Every subscriber's user name, by name. */
    List<String> all();
}
