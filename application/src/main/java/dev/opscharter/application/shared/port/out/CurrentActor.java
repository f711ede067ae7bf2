package dev.opscharter.application.shared.port.out;

import dev.opscharter.domain.shared.Actor;

/** Who is acting in the current request or job, as established by the security adapter. */
public interface CurrentActor {

    Actor get();
}
