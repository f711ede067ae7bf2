package dev.opscharter.domain.shared;

import java.util.List;

/**
 * A request the rules of the business refuse as a whole (not one field of it): work the charter
 * reserves for another department, a scorecard already approved. Carries an i18n key like
 * {@link InvalidValue}, so every adapter tells the user why in their language.
 */
public final class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
