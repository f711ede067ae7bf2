package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.collaboration.port.in.ManageMeetings.NewSeries;
import dev.opscharter.domain.collaboration.MeetingSeries;
import dev.opscharter.domain.collaboration.Recurrence;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;

/**
 * A recurring meeting as a manager sets it up: its name and topic, the departments taking part, and when it recurs —
 * weekly on a weekday or monthly on a day (the last day in a shorter month), at a local time in the organization's
 * zone. Ids: {@code series-new-title}, {@code -topic}, {@code -departments}, {@code -every}, {@code -weekday},
 * {@code -day}, {@code -time}.
 */
final class SeriesForm extends FormLayout {

    enum Every { WEEK, MONTH }

    private final TextField title;
    private final TextField topic;
    private final MultiSelectComboBox<DepartmentCode> departments;
    private final RadioButtonGroup<Every> every = new RadioButtonGroup<>();
    private final Select<DayOfWeek> weekday = new Select<>();
    private final IntegerField day;
    private final TimePicker time;
    private final FormErrors errors;

    SeriesForm(CollaborationTexts texts) {
        title = new TextField(texts.t("collaboration.series.title"));
        title.setId("series-new-title");
        title.setMaxLength(MeetingSeries.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        topic = new TextField(texts.t("collaboration.series.topic"));
        topic.setId("series-new-topic");
        topic.setMaxLength(MeetingSeries.MAX_TOPIC);
        topic.setRequiredIndicatorVisible(true);
        departments = new MultiSelectComboBox<>(texts.t("collaboration.series.departments"));
        departments.setId("series-new-departments");
        departments.setItems(texts.choosable());
        departments.setItemLabelGenerator(texts::department);
        departments.setRequiredIndicatorVisible(true);
        every.setId("series-new-every");
        every.setLabel(texts.t("collaboration.series.every"));
        every.setItems(Every.values());
        every.setItemLabelGenerator(e -> texts.t("collaboration.series.every." + e.name()));
        every.setValue(Every.WEEK);
        weekday.setId("series-new-weekday");
        weekday.setLabel(texts.t("collaboration.series.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Formats.locale()));
        weekday.setValue(DayOfWeek.MONDAY);
        day = new IntegerField(texts.t("collaboration.series.day"));
        day.setId("series-new-day");
        day.setMin(1);
        day.setMax(Recurrence.Monthly.LAST_DAY);
        day.setStepButtonsVisible(true);
        day.setValue(1);
        day.setHelperText(texts.t("collaboration.series.day.help"));
        time = new TimePicker(texts.t("collaboration.series.time"));
        time.setId("series-new-time");
        time.setLocale(Formats.locale());
        time.setValue(LocalTime.of(10, 0));
        time.setRequiredIndicatorVisible(true);
        every.addValueChangeListener(e -> showDay());
        showDay();
        add(title, topic);
        add(departments, 2);
        add(every, 2);
        add(weekday, day, time);
        setWidth("min(620px, 90vw)");
        errors = new FormErrors(this).bind("title", title).bind("topic", topic).bind("departments", departments)
                .bind("dayOfMonth", day).bind("at", time);
    }

    private void showDay() {
        boolean weekly = every.getValue() != Every.MONTH;
        weekday.setVisible(weekly);
        day.setVisible(!weekly);
    }

    FormErrors errors() {
        return errors;
    }

    /** The series as entered; the domain refuses what is missing or out of range, at its field. */
    NewSeries value() {
        var at = time.getOptionalValue().orElseThrow(() -> new InvalidValue("at", "validation.required"));
        Recurrence recurrence = every.getValue() == Every.MONTH
                ? new Recurrence.Monthly(day.getOptionalValue().orElse(0), at)
                : new Recurrence.Weekly(weekday.getValue(), at);
        return new NewSeries(title.getValue(), topic.getValue(), departments.getValue(), recurrence);
    }
}
