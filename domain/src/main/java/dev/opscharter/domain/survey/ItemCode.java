package dev.opscharter.domain.survey;

import dev.opscharter.domain.shared.InvalidValue;

import java.util.regex.Pattern;

/** A questionnaire item's stable code ("RESPONSIVENESS"): answers and results refer to items by it. */
public record ItemCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public ItemCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValue("item", "validation.survey.item-code", String.valueOf(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
