package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.domain.compliance.CaseResult;
import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes the deviating cases of one check run as chunks ({@code compliance_check_case_chunk}) on a
 * thread of its own, so that the check goes on judging while the database stores what it found.
 * It writes on the connection of the run's transaction (nothing else uses that connection while
 * the check streams: the cases are read on another), so the chunks commit or roll back with the
 * run. At most {@value #PENDING} batches wait, which bounds memory. {@link #finish()} waits for
 * everything handed over and reports the first failure; it must be called before the transaction
 * ends, whichever way it ends.
 */
final class ChunkWriter {

    private static final int PENDING = 4;
    private static final List<CaseResult> END = List.of();

    private final Connection connection;
    private final UUID run;
    private final BlockingQueue<List<CaseResult>> queue = new ArrayBlockingQueue<>(PENDING);
    private final Map<String, Integer> chunks = new HashMap<>();
    private final Thread thread;
    private volatile @Nullable Exception failure;
    private boolean finished;
    private DeviatingCaseChunk.Packed packed = new DeviatingCaseChunk.Packed(1 << 20);

    ChunkWriter(Connection connection, UUID run) {
        this.connection = connection;
        this.run = run;
        this.thread = Thread.ofVirtual().name("check-chunk-writer-" + run).start(this::drain);
    }

    /**
     * Hands over a batch of deviating cases, in the order the check met them; waits while the queue
     * is full, and fails once the writer has.
     */
    void add(List<CaseResult> cases) {
        throwIfFailed();
        if (cases.isEmpty()) {
            return;
        }
        try {
            while (!queue.offer(cases, 100, TimeUnit.MILLISECONDS)) {
                // a writer that failed or stopped takes nothing more: do not wait for it forever
                throwIfFailed();
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the writer of deviating cases has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over deviating cases", e);
        }
    }

    /** Waits until everything handed over is written (or the writer failed); throws its failure. */
    void finish() {
        if (!finished) {
            finished = true;
            try {
                while (thread.isAlive() && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    // a failed writer no longer takes: stop waiting for it
                }
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing deviating cases", e);
            }
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        var failed = failure;
        if (failed != null) {
            throw new IllegalStateException("cannot write the deviating cases: " + failed.getMessage(), failed);
        }
    }

    private void drain() {
        try (var insert = connection.prepareStatement("""
                insert into compliance_check_case_chunk (run_id, process_code, chunk, cases, first_start, last_start,
                                                         payload)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (var cases = queue.take(); cases != END; cases = queue.take()) {
                write(insert, cases);
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = e;
            Thread.currentThread().interrupt();
        }
    }

    /** One chunk per process within the batch. */
    private void write(PreparedStatement insert, List<CaseResult> cases) throws SQLException {
        int from = 0;
        while (from < cases.size()) {
            var process = cases.get(from).summary().processCode();
            int to = from + 1;
            while (to < cases.size() && cases.get(to).summary().processCode().equals(process)) {
                to++;
            }
            var chunk = cases.subList(from, to);
            Instant first = chunk.getFirst().summary().firstEvent();
            Instant last = first;
            for (var c : chunk) {
                var start = c.summary().firstEvent();
                first = start.isBefore(first) ? start : first;
                last = start.isAfter(last) ? start : last;
            }
            insert.setObject(1, run);
            insert.setString(2, process);
            insert.setInt(3, chunks.merge(process, 1, Integer::sum));
            insert.setInt(4, chunk.size());
            insert.setObject(5, first.atOffset(ZoneOffset.UTC));
            insert.setObject(6, last.atOffset(ZoneOffset.UTC));
            packed = DeviatingCaseChunk.pack(chunk, packed); // written out before the next chunk is packed
            insert.setBinaryStream(7, packed.stream(), packed.size());
            insert.executeUpdate();
            from = to;
        }
    }
}
