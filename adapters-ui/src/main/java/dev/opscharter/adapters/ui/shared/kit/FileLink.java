package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.opscharter.application.shared.StoredFile;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A link to a file a use case writes when the link is clicked, so the file is as current as the click
 * and the use case checks, in that request, who may take it away.
 */
public final class FileLink {

    private FileLink() {
    }

    public static Anchor of(String id, String text, Supplier<StoredFile> file) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var written = file.get();
            return new DownloadResponse(new ByteArrayInputStream(written.content()), written.fileName(),
                    written.contentType(), written.size());
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        anchor.setId(id);
        anchor.addClassName("export-link");
        return anchor;
    }
}
