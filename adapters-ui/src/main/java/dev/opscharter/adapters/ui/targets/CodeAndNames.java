package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;

/**
 * The code and the two names a business unit and a metric both have, as their forms type them; the
 * domain checks them on saving and a refusal shows at its field. Ids {@code <prefix>-code},
 * {@code <prefix>-name-zh}, {@code <prefix>-name-en}.
 */
final class CodeAndNames {

    final TextField code = new TextField();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();

    CodeAndNames(String idPrefix, String codeLabelKey, TargetTexts texts) {
        code.setId(idPrefix + "-code");
        code.setLabel(texts.t(codeLabelKey));
        code.setHelperText(texts.t("targets.code.help"));
        nameZh.setId(idPrefix + "-name-zh");
        nameZh.setLabel(texts.t("targets.name-zh"));
        nameEn.setId(idPrefix + "-name-en");
        nameEn.setLabel(texts.t("targets.name-en"));
        for (var field : new TextField[] {code, nameZh, nameEn}) {
            field.setRequiredIndicatorVisible(true);
        }
    }

    /** The fields the domain names {@code code}, {@code nameZh} and {@code nameEn}. */
    FormErrors bound(FormErrors errors) {
        return errors.bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn);
    }

    void set(String codeValue, String chinese, String english) {
        code.setValue(codeValue);
        nameZh.setValue(chinese);
        nameEn.setValue(english);
    }
}
