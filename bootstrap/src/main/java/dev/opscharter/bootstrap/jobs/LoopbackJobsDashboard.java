package dev.opscharter.bootstrap.jobs;

import com.sun.net.httpserver.HttpServer;
import org.jobrunr.dashboard.JobRunrApiHandler;
import org.jobrunr.dashboard.JobRunrSseHandler;
import org.jobrunr.dashboard.JobRunrStaticFileHandler;
import org.jobrunr.dashboard.server.HttpExchangeHandler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.ThreadSafeStorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * JobRunr's dashboard, served on the loopback interface only. JobRunr's own dashboard server
 * ({@code jobrunr.dashboard.enabled}) listens on every interface and knows only basic auth, so it
 * stays off; this one runs the same handlers (the single-page app under {@code /dashboard}, its
 * REST API under {@code /api}, its live updates under {@code /sse}) where no other machine can
 * reach them. Users reach it through {@link JobsDashboardProxy}, behind the administrator's sign-in.
 */
final class LoopbackJobsDashboard implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LoopbackJobsDashboard.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<HttpExchangeHandler> handlers;

    LoopbackJobsDashboard(StorageProvider storage, JsonMapper json, int port) throws IOException {
        var threadSafe = new ThreadSafeStorageProvider(storage);
        handlers = List.of(new JobRunrStaticFileHandler(), new JobRunrApiHandler(threadSafe, json, false),
                new JobRunrSseHandler(threadSafe, json));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        handlers.forEach(handler -> server.createContext(handler.getContextPath(), handler));
        // live updates hold their connection open: a virtual thread each
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();
        log.info("JobRunr dashboard listening on {} (only through the application at /dashboard/ for users)",
                address());
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        handlers.forEach(HttpExchangeHandler::close);
        server.stop(0);
        executor.shutdownNow();
    }
}
