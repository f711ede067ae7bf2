package dev.opscharter.application.organization.port.in;

import dev.opscharter.domain.organization.PersonId;
import dev.opscharter.domain.organization.UserAccountId;
import dev.opscharter.domain.shared.Language;

/** The administrator opens accounts for people and looks after them. */
public interface ManageUserAccounts {

    UserAccountId open(PersonId person, String username, String password, Language language);

    void resetPassword(UserAccountId id, String newPassword, long version);

    /** The account's password was generated: its holder must set their own before doing anything else. */
    void requirePasswordChange(UserAccountId id);

    void disable(UserAccountId id, long version);

    void enable(UserAccountId id, long version);

    void unlock(UserAccountId id, long version);
}
