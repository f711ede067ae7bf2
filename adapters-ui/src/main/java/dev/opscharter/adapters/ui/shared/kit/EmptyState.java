package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * What an empty list says instead of a blank grid: with no records, what to do (and a button that
 * does it); with a filter set, that nothing matches — so a user never takes "filtered out" for "none".
 */
public final class EmptyState extends Composite<Div> {

    private final Span message = new Span();
    private String messageKey = "kit.empty.none";
    private @Nullable Button callToAction;
    private boolean filtered;

    public EmptyState(String id) {
        getContent().setId(id);
        getContent().addClassName("empty-state");
        message.setId(id + "-message");
        getContent().add(message);
        show(false);
    }

    /** The words for a list without records, and the button that makes the first one, if any. */
    public void noRecords(String messageKey, @Nullable Button callToAction) {
        this.messageKey = messageKey;
        if (this.callToAction != null) {
            getContent().remove(this.callToAction);
        }
        this.callToAction = callToAction;
        if (callToAction != null) {
            getContent().add(callToAction);
        }
        show(filtered);
    }

    /** @param filtered whether a filter is set, so that an empty list means "nothing matches" */
    public void show(boolean filtered) {
        this.filtered = filtered;
        message.setText(getTranslation(filtered ? "kit.empty.no-match" : messageKey));
        if (callToAction != null) {
            callToAction.setVisible(!filtered);
        }
    }

    public String text() {
        return message.getText();
    }
}
