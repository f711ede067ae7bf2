package dev.opscharter.adapters.documents.shared;

import java.util.function.Function;

/**
 * How the bilingual exports put Chinese and English side by side: a label as "合规率 Compliance
 * rate", a sentence as "…。 / …." so each stays readable; a text that is the same in both (a code,
 * a number) once.
 */
public final class Bilingual {

    public static final String BETWEEN_LANGUAGES = " / ";

    private Bilingual() {
    }

    public static String label(String chinese, String english) {
        return chinese.equals(english) ? chinese : chinese + " " + english;
    }

    public static String sentence(String chinese, String english) {
        return chinese.equals(english) ? chinese : chinese + BETWEEN_LANGUAGES + english;
    }

    /** The same text written by an export's Chinese and English texts, as a label. */
    public static <T> String label(T chinese, T english, Function<T, String> text) {
        return label(text.apply(chinese), text.apply(english));
    }

    /** The same text written by an export's Chinese and English texts, as a sentence. */
    public static <T> String sentence(T chinese, T english, Function<T, String> text) {
        return sentence(text.apply(chinese), text.apply(english));
    }
}
