package dev.opscharter.domain.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader can work out from the figures shown by adding and subtracting them, across
 * partitions (SPEC §3: no hidden group may be derivable by subtraction). Every figure pools the
 * answers of its responses, so it is the sum of the answers of its <em>cells</em> — here a cell is
 * one rater department's answers about one rated department to one item. A set of cells can be
 * worked out exactly when its indicator vector lies in the linear span of the shown figures'
 * indicators.
 * <p>The span is computed by Gaussian elimination modulo the prime 2<sup>61</sup> − 1. Modular
 * elimination can err only where the prime divides a minor of a 0/1 matrix, about 10<sup>−18</sup>;
 * such an error could go either way, and the property tests check the same question with exact
 * fractions on small campaigns.
 *
 * @param <C> what identifies a cell
 */
final class Derivation<C> {

    private static final long P = (1L << 61) - 1;

    private final Map<C, Integer> columns;
    private final List<long[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    /**
     * @param columns every cell a shown or asked set may hold, each with its column (0 … size − 1)
     * @param shown   the shown figures, each as the cells it pools
     */
    Derivation(Map<C, Integer> columns, Collection<? extends Set<C>> shown) {
        this.columns = Map.copyOf(columns);
        shown.forEach(this::add);
    }

    /** Whether the sum over exactly these cells follows from the shown figures. */
    boolean derives(Set<C> cells) {
        return isZero(reduce(vector(cells)));
    }

    private void add(Set<C> cells) {
        var row = reduce(vector(cells));
        for (int column = 0; column < row.length; column++) {
            if (row[column] != 0) {
                long inverse = power(row[column], P - 2);
                for (int c = column; c < row.length; c++) {
                    row[c] = multiply(row[c], inverse);
                }
                basis.add(row);
                pivots.add(column);
                return;
            }
        }
    }

    /** The vector less its components along the basis: zero exactly when it lies in the span. */
    private long[] reduce(long[] vector) {
        for (int b = 0; b < basis.size(); b++) {
            int pivot = pivots.get(b);
            long factor = vector[pivot];
            if (factor != 0) {
                var row = basis.get(b);
                for (int c = pivot; c < vector.length; c++) {
                    if (row[c] != 0) {
                        vector[c] = subtract(vector[c], multiply(factor, row[c]));
                    }
                }
            }
        }
        return vector;
    }

    private long[] vector(Set<C> cells) {
        var vector = new long[columns.size()];
        for (var cell : cells) {
            var column = columns.get(cell);
            if (column == null) {
                throw new IllegalArgumentException("a cell the campaign does not have: " + cell);
            }
            vector[column] = 1;
        }
        return vector;
    }

    private static boolean isZero(long[] vector) {
        for (long value : vector) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    private static long subtract(long a, long b) {
        long difference = a - b;
        return difference < 0 ? difference + P : difference;
    }

    /** a · b mod 2^61 − 1 for a, b below it: the 122-bit product folded twice, as 2^61 ≡ 1. */
    static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        long folded = (low & P) + ((low >>> 61) | (high << 3));
        folded = (folded & P) + (folded >>> 61);
        return folded >= P ? folded - P : folded;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long square = base;
        for (long e = exponent; e > 0; e >>>= 1) {
            if ((e & 1) == 1) {
                result = multiply(result, square);
            }
            square = multiply(square, square);
        }
        return result;
    }
}
