package dev.opscharter.domain.shared;

import java.util.List;

/**
 * A value that breaks a rule of the domain. It names the field and an i18n message key (with
 * arguments) rather than English text, so every adapter can show it in the user's language.
 */
public final class InvalidValue extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidValue(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
