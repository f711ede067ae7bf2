package dev.opscharter.application.costs.port.out;

import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.costs.BudgetChange;
import dev.opscharter.domain.costs.BudgetChangeId;

import java.util.List;

/** Where budget change requests are kept; a request is never changed (its state is its work item's). */
public interface BudgetChanges extends RecordStore<BudgetChangeId, BudgetChange> {

    /** The year's requests, oldest first. */
    List<BudgetChange> ofYear(int year);
}
