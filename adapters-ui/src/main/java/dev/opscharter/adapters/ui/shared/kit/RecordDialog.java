package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.RecordHistory;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.SharedPermission;
import org.jspecify.annotations.Nullable;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One record in full with the steps the domain gives the user: an open step is an enabled button, a
 * blocked one a disabled button with the domain's reason (as its tooltip and a muted line), a step not
 * listed has no button. After every step the record is loaded again (the list behind is told); a
 * record that is gone, or no longer visible, closes the dialog with the reason.
 */
public final class RecordDialog<R, K extends Enum<K>> extends Dialog {

    private final String id;
    private final Supplier<WithSteps<R, K>> load;
    private final Function<R, String> title;
    private final BiConsumer<R, Facts> facts;
    private final StepActions<R, K> actions;
    private final Runnable changed;
    private @Nullable Runnable history;

    /**
     * @param id      of the dialog; its parts get {@code <id>-facts}, {@code <id>-close}, {@code <id>-history}
     *                and a blocked step's reason {@code <step id>-blocked}
     * @param changed tells the list behind that the record changed
     */
    public RecordDialog(String id, Supplier<WithSteps<R, K>> load, Function<R, String> title,
                        BiConsumer<R, Facts> facts, StepActions<R, K> actions, Runnable changed) {
        this.id = id;
        this.load = load;
        this.title = title;
        this.facts = facts;
        this.actions = actions;
        this.changed = changed;
        setId(id);
        setWidth("min(860px, 95vw)");
    }

    /**
     * Offers a "history" button leading to the audit trail filtered to this record, to those who may
     * read the trail (the trail itself is guarded on the server as well).
     *
     * @param type the record type as the services audit it ("WorkItem", "CorrectiveAction", …)
     */
    public RecordDialog<R, K> history(MyPermissions permissions, String type, Object recordId) {
        history = permissions.may(SharedPermission.READ_AUDIT) ? () -> {
            var ui = UI.getCurrent();
            close();
            RecordHistory.show(ui, type, recordId);
        } : null;
        return this;
    }

    /** Loads the record and opens the dialog; a refused load shows why and opens nothing. */
    @Override
    public void open() {
        if (render()) {
            super.open();
        }
    }

    /** Loads the record again, after a step or an upload; closes when it can no longer be shown. */
    public void reload() {
        changed.run();
        if (!render()) {
            close();
        }
    }

    private boolean render() {
        var loaded = new AtomicReference<WithSteps<R, K>>();
        if (!new FormErrors(this).run(() -> loaded.set(load.get()))) {
            return false;
        }
        var shown = loaded.get();
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(title.apply(shown.record()));
        var content = new Facts(id + "-facts", shown.steps(), this);
        facts.accept(shown.record(), content);
        content.components().forEach(this::add);
        footer(shown);
        return true;
    }

    private void footer(WithSteps<R, K> shown) {
        var reasons = new Div();
        reasons.setId(id + "-blocked");
        actions.actions().forEach((kind, action) -> shown.step(kind).ifPresent(step -> {
            var button = new Button(getTranslation(action.textKey()),
                    e -> action.form().take(this, shown.record(), this::reload));
            button.setId(action.id());
            action.theme().ifPresent(button::addThemeVariants);
            step.blockedBy().ifPresent(why -> {
                var reason = say(why);
                button.setEnabled(false);
                button.setTooltipText(reason);
                var line = new Span(getTranslation(action.textKey()) + ": " + reason);
                line.setId(action.id() + "-blocked");
                line.addClassName("muted");
                line.getStyle().set("display", "block");
                reasons.add(line);
            });
            getFooter().add(button);
        }));
        if (reasons.getComponentCount() > 0) {
            add(reasons);
        }
        var trail = history;
        if (trail != null) {
            var button = new Button(getTranslation("kit.record.history"), e -> trail.run());
            button.setId(id + "-history");
            button.addThemeVariants(ButtonVariant.TERTIARY);
            getFooter().add(button);
        }
        var close = new Button(getTranslation("kit.record.close"), e -> close());
        close.setId(id + "-close");
        getFooter().add(close);
    }

    private String say(Refusal why) {
        return getTranslation(why.messageKey(), why.arguments().toArray());
    }
}
