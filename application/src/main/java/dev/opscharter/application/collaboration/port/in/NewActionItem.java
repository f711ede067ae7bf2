package dev.opscharter.application.collaboration.port.in;

import dev.opscharter.domain.organization.DepartmentCode;

import java.time.LocalDate;

/**
 * An action item of a meeting's minutes or a conflict's follow-up, as the user enters it.
 *
 * @param dutyType the charter's duty type the item is routed by
 */
public record NewActionItem(DepartmentCode owner, String title, LocalDate dueOn, String dutyType) {
}
