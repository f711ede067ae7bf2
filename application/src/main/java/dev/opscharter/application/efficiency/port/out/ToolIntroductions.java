package dev.opscharter.application.efficiency.port.out;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.RecordStore;
import dev.opscharter.domain.efficiency.ToolIntroduction;
import dev.opscharter.domain.efficiency.ToolIntroductionId;

import java.util.List;

/** Where tool and system introductions are kept. */
public interface ToolIntroductions extends RecordStore<ToolIntroductionId, ToolIntroduction> {

    /** Sorted by the page's keys ({@code name}, {@code goLive}), then the latest go-live first. */
    List<ToolIntroduction> page(PageRequest page);

    long count();
}
