package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import java.util.function.IntConsumer;

/**
 * The user read notifications in this UI: the bell in the top bar shows the new unread count at
 * once. The event carries the count the page has just read, so the bell asks for nothing again.
 */
public final class InboxChanged extends ComponentEvent<UI> {

    private final int unread;

    private InboxChanged(UI ui, int unread) {
        super(ui, false);
        this.unread = unread;
    }

    public int unread() {
        return unread;
    }

    public static void fire(UI ui, int unread) {
        ComponentUtil.fireEvent(ui, new InboxChanged(ui, unread));
    }

    public static Registration listen(UI ui, IntConsumer listener) {
        return ComponentUtil.addListener(ui, InboxChanged.class, event -> listener.accept(event.unread()));
    }
}
