package dev.opscharter.domain.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The deviating cases of a check on their way to the store, in batches, and the {@value #WORST} worst
 * of them (most deviations, then longest span) in a bounded heap: memory stays flat however many cases
 * deviate.
 */
public final class DeviatingCases implements Consumer<CaseResult> {

    public static final int WORST = 20;

    /** Least bad on top, so that the heap drops it when a worse case comes. */
    private static final Comparator<CaseSummary> BADNESS = Comparator.comparingInt(CaseSummary::deviations)
            .thenComparing(CaseSummary::spanOrZero)
            .thenComparing(CaseSummary::caseId, Comparator.reverseOrder())
            .thenComparing(CaseSummary::processCode, Comparator.reverseOrder());

    private final int batchSize;
    private final Consumer<List<CaseResult>> store;
    private final List<CaseResult> batch;
    private final PriorityQueue<CaseSummary> worst = new PriorityQueue<>(WORST + 1, BADNESS);

    public DeviatingCases(int batchSize, Consumer<List<CaseResult>> store) {
        this.batchSize = batchSize;
        this.store = store;
        this.batch = new ArrayList<>(batchSize);
    }

    @Override
    public void accept(CaseResult result) {
        batch.add(result);
        if (batch.size() >= batchSize) {
            flush();
        }
        var summary = result.summary();
        if (worst.size() < WORST) {
            worst.add(summary);
        } else if (BADNESS.compare(summary, worst.peek()) > 0) {
            worst.poll();
            worst.add(summary);
        }
    }

    /** Hands what is batched to the store: at the end of each process, so a batch is one process's. */
    public void flush() {
        if (!batch.isEmpty()) {
            store.accept(List.copyOf(batch));
            batch.clear();
        }
    }

    /** Worst first. */
    public List<CaseSummary> worst() {
        return worst.stream().sorted(BADNESS.reversed()).toList();
    }
}
