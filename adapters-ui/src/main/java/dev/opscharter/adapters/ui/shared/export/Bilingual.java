package dev.opscharter.adapters.ui.shared.export;

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
}
