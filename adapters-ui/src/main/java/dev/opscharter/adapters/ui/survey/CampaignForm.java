package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.RatingScope;
import dev.opscharter.domain.survey.SatisfactionMethod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A campaign as a preparer types it: the title in both languages, the quarter it measures (none: ad
 * hoc), the window, the invited departments, who rates whom, the method, the smallest group shown
 * and the questionnaire. The domain checks it on saving; each refusal shows at its field.
 */
final class CampaignForm extends Composite<FormLayout> implements EditDialog.Form<CampaignInput> {

    private final SurveyTexts texts;
    private final TextField titleZh = new TextField();
    private final TextField titleEn = new TextField();
    private final ComboBox<Period.Quarter> quarter = new ComboBox<>();
    private final DatePicker opensOn = new DatePicker();
    private final DatePicker closesOn = new DatePicker();
    private final MultiSelectComboBox<DepartmentId> departments = new MultiSelectComboBox<>();
    private final RadioButtonGroup<RatingScope> scope = new RadioButtonGroup<>();
    private final RadioButtonGroup<SatisfactionMethod> method = new RadioButtonGroup<>();
    private final IntegerField minimumGroup = new IntegerField();
    private final QuestionnaireEditor items = new QuestionnaireEditor();
    private final TextField promptZh = new TextField();
    private final TextField promptEn = new TextField();
    private final FormErrors errors;
    private final List<Period.Quarter> quarters = new ArrayList<>();

    CampaignForm(SurveyTexts texts, LocalDate today) {
        this.texts = texts;
        labelled(titleZh, "campaign-title-zh", "survey.campaign.title-zh");
        labelled(titleEn, "campaign-title-en", "survey.campaign.title-en");
        titleZh.setRequiredIndicatorVisible(true);
        titleEn.setRequiredIndicatorVisible(true);
        // the quarter just past (surveyed after it ends) to a year ahead
        var current = Period.quarterOf(today);
        for (var q = current.previous(); quarters.size() < 6; q = next(q)) {
            quarters.add(q);
        }
        quarter.setId("campaign-quarter");
        quarter.setLabel(getTranslation("survey.campaign.quarter"));
        quarter.setHelperText(getTranslation("survey.campaign.quarter.help"));
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(texts::quarter);
        quarter.setClearButtonVisible(true);
        opensOn.setId("campaign-opens-on");
        opensOn.setLabel(getTranslation("survey.campaign.opens-on"));
        closesOn.setId("campaign-closes-on");
        closesOn.setLabel(getTranslation("survey.campaign.closes-on"));
        departments.setId("campaign-departments");
        departments.setLabel(getTranslation("survey.campaign.departments"));
        departments.setHelperText(getTranslation("survey.campaign.departments.help"));
        departments.setItemLabelGenerator(texts::department);
        scope.setId("campaign-scope");
        scope.setLabel(getTranslation("survey.campaign.scope"));
        scope.setItems(RatingScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("survey.scope." + s.name()));
        method.setId("campaign-method");
        method.setLabel(getTranslation("survey.campaign.method"));
        method.setItems(SatisfactionMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("survey.method." + m.name()));
        minimumGroup.setId("campaign-minimum");
        minimumGroup.setLabel(getTranslation("survey.campaign.minimum"));
        minimumGroup.setHelperText(getTranslation("survey.campaign.minimum.help", Campaign.MIN_GROUP,
                Campaign.MAX_GROUP));
        minimumGroup.setMin(Campaign.MIN_GROUP);
        minimumGroup.setMax(Campaign.MAX_GROUP);
        minimumGroup.setStepButtonsVisible(true);
        labelled(promptZh, "campaign-prompt-zh", "survey.campaign.prompt-zh");
        labelled(promptEn, "campaign-prompt-en", "survey.campaign.prompt-en");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.add(titleZh, titleEn, quarter, minimumGroup, opensOn, closesOn);
        form.add(departments, 2);
        form.add(scope, method);
        form.add(items, 2);
        form.add(promptZh, promptEn);
        errors = new FormErrors(this).bind("title.nameZh", titleZh).bind("title.nameEn", titleEn)
                .bind("quarter", quarter).bind("opensOn", opensOn).bind("closesOn", closesOn)
                .bind("departments", departments).bind("minimumGroup", minimumGroup).bind("items", items)
                .bind("prompt.nameZh", promptZh).bind("prompt.nameEn", promptEn);
    }

    private void labelled(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    private static Period.Quarter next(Period.Quarter quarter) {
        return quarter.quarter() == 4 ? new Period.Quarter(quarter.year() + 1, 1)
                : new Period.Quarter(quarter.year(), quarter.quarter() + 1);
    }

    @Override
    public void setFormDataObject(CampaignInput input) {
        errors.clear();
        titleZh.setValue(input.titleZh());
        titleEn.setValue(input.titleEn());
        input.quarter().filter(q -> !quarters.contains(q)).ifPresent(q -> {
            quarters.addFirst(q);
            quarter.setItems(quarters);
        });
        quarter.setValue(input.quarter().orElse(null));
        opensOn.setValue(input.opensOn());
        closesOn.setValue(input.closesOn());
        // the departments that may be invited now, and any invited before that no longer may (kept, shown)
        var offered = new LinkedHashSet<>(texts.invitable().stream().map(Department::id).toList());
        offered.addAll(input.invited());
        departments.setItems(offered);
        departments.setValue(new LinkedHashSet<>(input.invited()));
        scope.setValue(input.scope());
        method.setValue(input.method());
        minimumGroup.setValue(input.minimumGroup());
        items.setItems(input.items());
        promptZh.setValue(input.promptZh());
        promptEn.setValue(input.promptEn());
    }

    @Override
    public CampaignInput getFormDataObject() {
        var chosen = departments.getValue();
        // in the order they are offered, which is the directory's, not the order they were ticked
        var invited = departments.getListDataView().getItems().filter(chosen::contains).toList();
        return new CampaignInput(titleZh.getValue(), titleEn.getValue(), Optional.ofNullable(quarter.getValue()),
                opensOn.getValue(), closesOn.getValue(), invited, scope.getValue(), method.getValue(),
                minimumGroup.getValue(), items.items(), promptZh.getValue(), promptEn.getValue());
    }

    @Override
    public FormErrors errors() {
        return errors;
    }
}
