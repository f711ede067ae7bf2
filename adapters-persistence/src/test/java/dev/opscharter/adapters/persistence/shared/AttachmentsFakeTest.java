package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.fakes.InMemoryAttachments;
import dev.opscharter.application.shared.port.out.Attachments;

class AttachmentsFakeTest extends AttachmentsContract {

    private final Attachments attachments = new InMemoryAttachments();

    @Override
    protected Attachments attachments() {
        return attachments;
    }
}
