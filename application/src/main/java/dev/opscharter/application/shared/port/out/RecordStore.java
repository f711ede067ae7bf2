package dev.opscharter.application.shared.port.out;

import java.util.Optional;

/**
 * The two operations every store of an aggregate has, so {@code UseCase} can load, change and save
 * any of them. The stores keep their domain names ({@code Departments}, {@code People}, …) and
 * extend this; {@code save} refuses a stale version with {@code ConcurrentModification}.
 */
public interface RecordStore<ID, A> {

    Optional<A> byId(ID id);

    A save(A record);
}
