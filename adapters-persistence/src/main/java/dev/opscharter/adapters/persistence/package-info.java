/**
 * The PostgreSQL adapters of the outbound ports: Spring Data JDBC rows kept apart from the domain
 * behind small mappers, the schema only through the Flyway migrations in {@code db/migration}.
 * The bootstrap module imports {@link dev.opscharter.adapters.persistence.PersistenceConfiguration}.
 */
@NullMarked
package dev.opscharter.adapters.persistence;

import org.jspecify.annotations.NullMarked;
