package dev.opscharter.application.survey.fakes;

import dev.opscharter.application.survey.port.out.InvitationMail;

import java.util.ArrayList;
import java.util.List;

/** The letters the use case hands to the mail, in order. */
public final class RecordingInvitationMail implements InvitationMail {

    private final List<Letter> letters = new ArrayList<>();

    @Override
    public synchronized void send(Letter letter) {
        letters.add(letter);
    }

    public synchronized List<Letter> letters() {
        return List.copyOf(letters);
    }
}
