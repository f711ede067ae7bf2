package dev.opscharter.adapters.persistence.charter;

import dev.opscharter.application.charter.fakes.InMemoryCharters;
import dev.opscharter.application.charter.port.out.Charters;

class ChartersFakeTest extends ChartersContract {

    private final Charters charters = new InMemoryCharters();

    @Override
    protected Charters charters() {
        return charters;
    }
}
