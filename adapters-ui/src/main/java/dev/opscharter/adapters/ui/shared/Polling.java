package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The UI's poll interval, shared fairly. A UI has one interval, yet several parts of a page want
 * polling for their own reasons (the inbox bell now and then, an import in progress often): each
 * asks for its interval here and releases it when done, and the UI polls at the shortest interval
 * still asked for, or not at all. Setting {@link UI#setPollInterval(int)} directly would silently
 * switch off the others' polling.
 *
 * <p>Every poll reaches every poll listener, so a listener that wants fewer updates than the UI
 * polls for throttles itself.
 */
public final class Polling implements Serializable {

    private final Map<Object, Integer> requests = new HashMap<>();

    private Polling() {
    }

    /** {@code requester} wants the UI to poll at least every {@code millis} ms (until released). */
    public static void request(UI ui, Object requester, int millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("a poll interval is positive: " + millis);
        }
        var polling = of(ui);
        polling.requests.put(requester, millis);
        polling.apply(ui);
    }

    /** {@code requester} needs no polling any more; nothing happens if it had asked for none. */
    public static void release(UI ui, Object requester) {
        var polling = of(ui);
        if (polling.requests.remove(requester) != null) {
            polling.apply(ui);
        }
    }

    private static Polling of(UI ui) {
        var polling = ComponentUtil.getData(ui, Polling.class);
        if (polling == null) {
            polling = new Polling();
            ComponentUtil.setData(ui, Polling.class, polling);
        }
        return polling;
    }

    private void apply(UI ui) {
        ui.setPollInterval(requests.values().stream().mapToInt(Integer::intValue).min().orElse(-1));
    }
}
