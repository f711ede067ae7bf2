/** Administration of the organization: departments, people, user accounts and settings. */
@NullMarked
package dev.opscharter.adapters.ui.organization;

import org.jspecify.annotations.NullMarked;
