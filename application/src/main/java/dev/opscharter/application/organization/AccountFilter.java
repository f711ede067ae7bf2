package dev.opscharter.application.organization;

import dev.opscharter.domain.organization.UserAccount;

import java.util.Locale;

/**
 * Which accounts a list shows: those whose username holds the text, in any case. Shared by the query
 * port and the store, so it lives beside them rather than in either.
 */
public record AccountFilter(String text) {

    public static final AccountFilter ALL = new AccountFilter("");

    public AccountFilter {
        text = text.strip();
    }

    /** The text as the stores match it: lower case, as usernames are. */
    public String needle() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean matches(UserAccount account) {
        return account.username().value().contains(needle());
    }
}
