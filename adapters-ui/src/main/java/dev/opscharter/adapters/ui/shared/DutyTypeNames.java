package dev.opscharter.adapters.ui.shared;

import java.util.Map;

/**
 * The charter's words for its duty types, for screens outside the charter context (the audit trail):
 * a duty type is a code the charter defines, named by its line's text, not by a bundle key. The
 * charter's screens implement it, so that shared screens need not depend on them.
 */
public interface DutyTypeNames {

    /** Duty type code → its line's text in the user's language; a type a later version dropped keeps its last text. */
    Map<String, String> dutyTypes();
}
