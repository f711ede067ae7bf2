package dev.opscharter.domain.survey;

import dev.opscharter.domain.organization.DepartmentId;

import java.util.Objects;

/** A group of responses that the results may show a figure (or the comments) for. */
public sealed interface ResultGroup {

    /** Every response of the campaign. */
    record Overall() implements ResultGroup {
    }

    /** The responses about one department (Operations, or in a mutual survey any invited one). */
    record RatedDepartment(DepartmentId department) implements ResultGroup {

        public RatedDepartment {
            Objects.requireNonNull(department, "department");
        }
    }

    /** The responses given by one invited department's people. */
    record RaterDepartment(DepartmentId department) implements ResultGroup {

        public RaterDepartment {
            Objects.requireNonNull(department, "department");
        }
    }

    /** The answers to one item within a department's responses. */
    record ItemOf(ResultGroup within, ItemCode item) implements ResultGroup {

        public ItemOf {
            Objects.requireNonNull(item, "item");
            if (within instanceof ItemOf || within instanceof CommentsOf) {
                throw new IllegalArgumentException("an item breaks down a group of responses, not " + within);
            }
        }
    }

    /** The open comments about one rated department. */
    record CommentsOf(DepartmentId rated) implements ResultGroup {

        public CommentsOf {
            Objects.requireNonNull(rated, "rated");
        }
    }
}
