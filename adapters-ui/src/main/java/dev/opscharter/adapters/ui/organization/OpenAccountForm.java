package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.PasswordPair;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.shared.Language;

import java.util.List;
import java.util.Optional;

/** A new account for a person: who, the user name, a first password and the language they will see. */
final class OpenAccountForm extends Composite<FormLayout> {

    private final ComboBox<Person> person = new ComboBox<>();
    private final TextField username = new TextField();
    private final PasswordPair password = new PasswordPair("account-password", "organization.account.password");
    private final Select<Language> language = new Select<>();
    private final FormErrors errors;

    /** @param candidates the people who may get an account */
    OpenAccountForm(List<Person> candidates) {
        person.setId("account-person");
        person.setLabel(getTranslation("organization.account.person"));
        person.setRequiredIndicatorVisible(true);
        person.setItems(candidates);
        person.setItemLabelGenerator(p -> getTranslation("organization.account.person-label", p.name(),
                p.email().value()));
        username.setId("account-username");
        username.setLabel(getTranslation("organization.account.username"));
        username.setRequiredIndicatorVisible(true);
        language.setId("account-language");
        language.setLabel(getTranslation("organization.account.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.name()));
        language.setValue(Language.of(getLocale()));

        var layout = getContent();
        layout.add(person, username, password.password, password.confirmation, language);
        layout.setColspan(person, 2);
        errors = new FormErrors(this).bind("person", person).bind("username", username)
                .bind("password", password.password);
    }

    /** The person chosen; without one the field says that it is required. */
    Optional<Person> person() {
        var chosen = person.getOptionalValue();
        person.setInvalid(chosen.isEmpty());
        person.setErrorMessage(chosen.isEmpty() ? getTranslation("validation.required") : null);
        return chosen;
    }

    String username() {
        return username.getValue();
    }

    PasswordPair password() {
        return password;
    }

    Language language() {
        return language.getValue();
    }

    FormErrors errors() {
        return errors;
    }
}
