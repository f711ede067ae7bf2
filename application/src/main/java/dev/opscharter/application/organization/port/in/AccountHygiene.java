package dev.opscharter.application.organization.port.in;

/** A daily job: people who have left must not be able to sign in any more. */
public interface AccountHygiene {

    /** @return how many accounts were disabled */
    int disableAccountsOfLeavers();
}
