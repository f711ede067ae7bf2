package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.domain.compliance.CaseEvent;

import java.util.AbstractList;
import java.util.List;

/**
 * A stored case's events as a list that reads them a block at a time, for judging a case of a
 * million events again (the rules walk the events once, in order) without holding them all.
 */
final class PagedCaseEvents extends AbstractList<CaseEvent> {

    /** Each read unpacks the stored arrays whole on the server: few large blocks, not many small ones. */
    static final int BLOCK = 50_000;

    private final ExecutionRecords records;
    private final String processCode;
    private final String caseId;
    private final int size;
    private List<CaseEvent> block = List.of();
    private long blockStart;

    PagedCaseEvents(ExecutionRecords records, String processCode, String caseId, int size) {
        this.records = records;
        this.processCode = processCode;
        this.caseId = caseId;
        this.size = size;
    }

    @Override
    public CaseEvent get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index < blockStart || index >= blockStart + block.size()) {
            blockStart = index;
            block = records.caseEvents(processCode, caseId, index, BLOCK);
            if (block.isEmpty()) {
                throw new IllegalStateException("case " + caseId + " of " + processCode + " changed while read");
            }
        }
        return block.get((int) (index - blockStart));
    }

    @Override
    public int size() {
        return size;
    }
}
