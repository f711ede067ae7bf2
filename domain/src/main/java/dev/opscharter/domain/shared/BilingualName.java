package dev.opscharter.domain.shared;

/** A name kept in both product languages, as the charter's own tables are. */
public record BilingualName(String chinese, String english) {

    public static final int MAX_LENGTH = 120;

    public BilingualName {
        chinese = Require.text(chinese, "nameZh", MAX_LENGTH);
        english = Require.text(english, "nameEn", MAX_LENGTH);
    }

    public String in(Language language) {
        return switch (language) {
            case ZH_CN -> chinese;
            case EN -> english;
        };
    }
}
