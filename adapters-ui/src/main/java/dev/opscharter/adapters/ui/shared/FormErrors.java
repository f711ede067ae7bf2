package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.ConcurrentModification;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.RuleViolation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a use case from a form and turns what it refuses into something the user can act on:
 * a rule broken by one field becomes that field's error message, everything else a notification.
 * The rules themselves stay in the domain.
 */
public final class FormErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors(Component owner) {
        this.owner = owner;
    }

    /** @param field the field name the domain uses in {@link InvalidValue#field()} */
    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /** @return whether the action succeeded */
    public boolean run(Runnable action) {
        clear();
        try {
            action.run();
            return true;
        } catch (InvalidValue invalid) {
            var message = owner.getTranslation(invalid.messageKey(), invalid.arguments().toArray());
            var field = fields.get(invalid.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                error(owner, message);
            }
        } catch (RuleViolation refused) {
            error(owner, owner.getTranslation(refused.messageKey(), refused.arguments().toArray()));
        } catch (ConcurrentModification stale) {
            error(owner, owner.getTranslation("error.concurrent-modification"));
        } catch (AccessDenied denied) {
            error(owner, owner.getTranslation("error.access-denied"));
        } catch (NotFound gone) {
            error(owner, owner.getTranslation("error.not-found"));
        }
        return false;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public static void error(Component owner, String message) {
        var notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    public static void success(Component owner, String message) {
        var notification = Notification.show(message, 3000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }
}
