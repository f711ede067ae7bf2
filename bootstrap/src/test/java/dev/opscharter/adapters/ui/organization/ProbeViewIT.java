package dev.opscharter.adapters.ui.organization;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@OpsCharterSpringTest
class ProbeViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void probe() {
        System.out.println("PROBE ui locale " + UI.getCurrent().getLocale() + " session " + VaadinSession.getCurrent().getLocale()
                + " zone " + Formats.timeZone() + " default " + java.util.Locale.getDefault());
        var view = navigate(DepartmentsView.class);
        System.out.println("PROBE title " + view.getPageTitle());
        Grid<?> grid = $(Grid.class).id("departments-grid");
        System.out.println("PROBE rows " + test(grid).size() + " " + test(grid).getCellText(0, 3) + " / " + test(grid).getCellText(0, 4));
        test($(Button.class).id("department-new")).click();
        test($(TextField.class).id("department-code")).setValue("x");
        test($(Button.class).id("department-save")).click();
        System.out.println("PROBE err " + $(TextField.class).id("department-code").getErrorMessage());
        System.out.println("PROBE notes " + $(Notification.class).all().stream().map(n -> test(n).getText()).toList());
        try {
            test($(Button.class).id("department-new")).click();
            System.out.println("PROBE clickable behind modal");
        } catch (Throwable t) {
            System.out.println("PROBE modal blocks: " + t);
        }
    }

    @Test
    @WithUserDetails("manager")
    void probe_manager() {
        System.out.println("PROBE manager ui locale " + UI.getCurrent().getLocale());
    }
}
