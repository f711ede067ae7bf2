/** The risk register's stores in PostgreSQL ({@code risk*} tables, V32). */
@NullMarked
package dev.opscharter.adapters.persistence.risks;

import org.jspecify.annotations.NullMarked;
