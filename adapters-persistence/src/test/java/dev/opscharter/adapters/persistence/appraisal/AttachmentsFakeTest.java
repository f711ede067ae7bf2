package dev.opscharter.adapters.persistence.appraisal;

import dev.opscharter.application.appraisal.fakes.InMemoryAttachments;
import dev.opscharter.application.appraisal.port.out.Attachments;

class AttachmentsFakeTest extends AttachmentsContract {

    private final Attachments attachments = new InMemoryAttachments();

    @Override
    protected Attachments attachments() {
        return attachments;
    }
}
