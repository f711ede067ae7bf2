/** Departments, people and the accounts they sign in with. */
@NullMarked
package dev.opscharter.domain.organization;

import org.jspecify.annotations.NullMarked;
