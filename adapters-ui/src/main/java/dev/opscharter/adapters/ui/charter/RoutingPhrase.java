package dev.opscharter.adapters.ui.charter;

import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.organization.DepartmentId;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Where the charter routed a work item, in one short phrase of the charter's own words ("Own", "Participate ·
 * Executive Management leads", "Redirect → IT"): the same on the charter's screens and wherever a work item shows.
 */
public final class RoutingPhrase {

    private RoutingPhrase() {
    }

    /**
     * @param department a department's name in the reader's language
     * @param text       a bundle text by key with its arguments
     */
    public static String of(BoundaryDecision decision, Function<DepartmentId, String> department,
                            BiFunction<String, Object[], String> text) {
        return switch (decision) {
            case BoundaryDecision.Own own -> text.apply("charter.routing.own", new Object[0]);
            case BoundaryDecision.Participate participate ->
                    text.apply("charter.routing.participate", new Object[]{department.apply(participate.lead())});
            case BoundaryDecision.Redirect redirect ->
                    text.apply("charter.routing.redirect", new Object[]{department.apply(redirect.owner())});
        };
    }
}
