package dev.opscharter.domain.organization;

/** What kind of unit a department is; the charter routes work differently to each. */
public enum DepartmentKind {
    /** The Operations Management department itself. */
    OPERATIONS,
    /** A functional department such as Finance, HR or IT. */
    FUNCTIONAL,
    /** Executive management: the owner of strategy, restructuring and major risks. */
    EXECUTIVE,
    /** A frontline business unit that executes the business. */
    FRONTLINE
}
