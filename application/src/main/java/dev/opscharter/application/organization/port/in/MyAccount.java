package dev.opscharter.application.organization.port.in;

import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.shared.Language;

/** What any signed-in user may do with their own account. */
public interface MyAccount {

    Me me();

    /** Remembered for the next sign-in. */
    void changeLanguage(Language language);

    void changePassword(String currentPassword, String newPassword);

    /**
     * Whether I also receive my notifications by e-mail (the inbox always has them), against the
     * version of my account I saw. Only the holder chooses it: no one else may, administrators included.
     */
    void changeMailNotifications(boolean on, long version);

    record Me(UserAccount account, Person person, Department department) {
    }
}
