package dev.opscharter.domain.charter;

import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;

/** The charter line a routing decision rests on, as it read in the version that was in force. */
public record CharterCitation(int charterVersion, String dimensionCode, BilingualName dimension, String textZh,
                             String textEn) {

    public String text(Language language) {
        return language == Language.ZH_CN ? textZh : textEn;
    }
}
