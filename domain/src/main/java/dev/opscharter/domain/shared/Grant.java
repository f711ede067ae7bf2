package dev.opscharter.domain.shared;

import java.util.EnumSet;
import java.util.Set;

/** Who holds a {@link Permission}: anyone holding one of some roles, or anyone signed in. The scheduler holds all. */
public sealed interface Grant {

    static Grant anyOf(Role first, Role... more) {
        return new AnyOf(EnumSet.of(first, more));
    }

    static Grant signedIn() {
        return new SignedIn();
    }

    record AnyOf(Set<Role> roles) implements Grant {
        public AnyOf {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("a permission nobody holds guards nothing");
            }
            roles = Set.copyOf(roles);
        }
    }

    record SignedIn() implements Grant {
    }
}
