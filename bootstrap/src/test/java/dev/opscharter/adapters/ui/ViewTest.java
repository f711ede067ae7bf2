package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.stream.IntStream;

/** Finding the components of a view by the ids the views give them, and reading what a user sees. */
public abstract class ViewTest extends SpringBrowserlessTest {

    protected TextField textField(String id) {
        return $(TextField.class).id(id);
    }

    protected PasswordField passwordField(String id) {
        return $(PasswordField.class).id(id);
    }

    protected DatePicker datePicker(String id) {
        return $(DatePicker.class).id(id);
    }

    protected Button button(String id) {
        return $(Button.class).id(id);
    }

    protected void click(String id) {
        test(button(id)).click();
    }

    /** The texts of the notifications on screen. */
    protected List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    /** The text a user reads in a component, its children's texts joined. */
    protected static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** A grid row as the user reads it, cell by cell. */
    protected List<String> rowTexts(Grid<?> grid, int row) {
        return IntStream.range(0, grid.getColumns().size()).mapToObj(c -> test(grid).getCellText(row, c)).toList();
    }
}
