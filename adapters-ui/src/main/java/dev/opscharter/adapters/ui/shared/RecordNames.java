package dev.opscharter.adapters.ui.shared;

import java.util.Map;

/**
 * The names behind what records keep as ids and user names, for screens outside the organization
 * context (the audit trail): the organization's screens implement it, so that shared screens need
 * not depend on them. Each call reads as the signed-in user.
 */
public interface RecordNames {

    /** User name → the person's name. */
    Map<String, String> users();

    /** Person id → name. */
    Map<String, String> people();

    /** Department id → name in the user's language. */
    Map<String, String> departments();
}
