/** Departments, people, user accounts and the settings row in PostgreSQL. */
@NullMarked
package dev.opscharter.adapters.persistence.organization;

import org.jspecify.annotations.NullMarked;
