package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.targets.BusinessUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business units a manager keeps: a new unit is created once under its dialog's request key, however
 * often the save arrives; a code already taken is refused at its field.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class BusinessUnitsViewIT extends ViewTest {

    @Autowired
    ManageTargets manage;
    @Autowired
    TargetQueries queries;

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("targets/units");
    }

    private long unitsWith(String code) {
        return queries.units(true, PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .filter(u -> u.code().equals(code)).count();
    }

    @SuppressWarnings("unchecked")
    private boolean listed(String code) {
        Grid<BusinessUnit> grid = $(Grid.class).id("units-grid");
        return IntStream.range(0, test(grid).size()).anyMatch(i -> test(grid).getRow(i).code().equals(code));
    }

    private void typeUnit(String code) {
        test(textField("unit-code")).setValue(code);
        test(textField("unit-name-zh")).setValue("华南 " + code);
        test(textField("unit-name-en")).setValue("South " + code);
    }

    @Test
    void a_new_unit_saved_twice_under_one_request_key_is_created_once() {
        var code = SeededTarget.code("TWICE");
        click("units-new");
        typeUnit(code);
        var save = button("unit-save");

        // the second click arrives as well (a double click, or a request repeated after a lost answer)
        ComponentUtil.fireEvent(save, new ClickEvent<>(save));
        ComponentUtil.fireEvent(save, new ClickEvent<>(save));

        assertThat(notifications()).containsOnly("Saved");
        assertThat(unitsWith(code)).isEqualTo(1);
        assertThat(listed(code)).isTrue();
        // the use case itself: the same key answers the unit it created
        var key = RequestKey.fresh();
        var draft = new UnitDraft(SeededTarget.code("KEY"), new BilingualName("键", "Key"), Optional.empty(), true);
        assertThat(manage.createUnit(key, draft)).isEqualTo(manage.createUnit(key, draft));
    }

    @Test
    void a_code_taken_is_refused_at_its_field_and_the_dialog_stays() {
        var code = SeededTarget.code("TAKEN");
        manage.createUnit(RequestKey.fresh(), new UnitDraft(code, new BilingualName("已有", "Taken"), Optional.empty(),
                true));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("targets/units");
        click("units-new");
        typeUnit(code);
        click("unit-save");

        assertThat(textField("unit-code").isInvalid()).isTrue();
        assertThat(textField("unit-code").getErrorMessage()).contains(code);
        assertThat($(Dialog.class).id("unit-dialog").isOpened()).isTrue();
        assertThat(unitsWith(code)).isEqualTo(1);
    }
}
