package dev.opscharter.adapters.persistence.shared;

import dev.opscharter.application.shared.ConcurrentModification;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the insert or update of one aggregate and turns the database's refusals into what the
 * outbound ports promise: a version mismatch, an update that found no row, or an insert of an id
 * that already exists become {@link ConcurrentModification}; a violated unique constraint named in
 * {@code uniqueConstraints} becomes the exception it maps to (a localized field error). Anything
 * else is rethrown unchanged.
 */
public final class Saves {

    private static final String UNIQUE_VIOLATION = "23505";

    private Saves() {
    }

    public static <T> T translated(String entityType, Object id,
                                   Map<String, Supplier<? extends RuntimeException>> uniqueConstraints,
                                   Supplier<T> save) {
        try {
            return save.get();
        } catch (OptimisticLockingFailureException | IncorrectUpdateSemanticsDataAccessException e) {
            throw withCause(new ConcurrentModification(entityType, id), e);
        } catch (DataIntegrityViolationException e) {
            var violation = uniqueViolation(e);
            if (violation == null) {
                throw e;
            }
            if (violation.endsWith("_pkey")) {
                throw withCause(new ConcurrentModification(entityType, id), e);
            }
            var translation = uniqueConstraints.get(violation);
            if (translation == null) {
                throw e;
            }
            throw withCause(translation.get(), e);
        }
    }

    /** The name of the unique constraint (or primary key) the statement violated, if that was the problem. */
    private static @Nullable String uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                var message = psql.getServerErrorMessage();
                return message == null ? null : message.getConstraint();
            }
        }
        return null;
    }

    private static RuntimeException withCause(RuntimeException translated, Throwable cause) {
        if (translated.getCause() == null) {
            translated.initCause(cause);
        }
        return translated;
    }
}
