package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A quarter or a year: chosen from the recent ones, or typed as {@code 2026-Q2} or {@code 2026} (old
 * records may be years back). What the domain's {@link Period} refuses — a malformed text, a year
 * outside its bounds — is said on the field, and the field is then empty rather than keeping a value
 * the user did not mean. Ids: the field's own, its choice {@code <id>-choice}.
 */
public final class PeriodField extends CustomField<Period> {

    private final ComboBox<Period> choice = new ComboBox<>();
    private final List<Period> offered;

    /** @param offered the periods to choose from, newest first (see {@link #recent}) */
    public PeriodField(String id, List<? extends Period> offered) {
        this.offered = new ArrayList<>(offered);
        setId(id);
        choice.setId(id + "-choice");
        choice.setItems(this.offered);
        choice.setItemLabelGenerator(this::label);
        choice.setAllowCustomValue(true);
        choice.setHelperText(getTranslation("kit.period.help"));
        choice.addCustomValueSetListener(typed -> typed(typed.getDetail()));
        choice.addValueChangeListener(changed -> {
            if (changed.getValue() != null) {
                setInvalid(false);
            }
            updateValue();
        });
        add(choice);
    }

    /**
     * The periods of the last {@code years} years that have begun by {@code today}, newest first, each
     * year before its quarters; none before {@link Period#MIN_YEAR}.
     */
    public static List<Period> recent(LocalDate today, int years) {
        var current = Period.quarterOf(today);
        var periods = new ArrayList<Period>();
        for (int year = current.year(); year > current.year() - years && year >= Period.MIN_YEAR; year--) {
            periods.add(new Period.Year(year));
            for (int quarter = year == current.year() ? current.quarter() : 4; quarter >= 1; quarter--) {
                periods.add(new Period.Quarter(year, quarter));
            }
        }
        return periods;
    }

    public String label(Period period) {
        return switch (period) {
            case Period.Quarter q -> getTranslation("kit.period.quarter", Integer.toString(q.year()), q.quarter());
            case Period.Year y -> getTranslation("kit.period.year", Integer.toString(y.year()));
        };
    }

    private void typed(String text) {
        try {
            var period = Period.parse(text);
            offer(period);
            choice.setValue(period);
            setInvalid(false);
        } catch (InvalidValue refused) {
            choice.clear();
            setErrorMessage(getTranslation(refused.messageKey(), refused.arguments().toArray()));
            setInvalid(true);
        }
    }

    private void offer(Period period) {
        if (!offered.contains(period)) {
            offered.addFirst(period);
            choice.setItems(offered);
        }
    }

    @Override
    protected @Nullable Period generateModelValue() {
        return choice.getValue();
    }

    @Override
    protected void setPresentationValue(@Nullable Period period) {
        if (period != null) {
            offer(period);
        }
        choice.setValue(period);
    }
}
