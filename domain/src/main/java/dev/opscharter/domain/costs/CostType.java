package dev.opscharter.domain.costs;

/** What operating money is spent on (SPEC §5: promotion, materials, labour, …). */
public enum CostType {
    PROMOTION,
    MATERIALS,
    LABOUR,
    LOGISTICS,
    TECHNOLOGY,
    OTHER
}
