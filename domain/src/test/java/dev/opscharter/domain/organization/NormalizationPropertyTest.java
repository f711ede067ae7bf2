package dev.opscharter.domain.organization;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizationPropertyTest {

    @Property
    void any_valid_username_equals_its_upper_cased_form(@ForAll("usernames") String typed) {
        var username = new Username(typed);

        assertThat(new Username(typed.toUpperCase(Locale.ROOT))).isEqualTo(username);
        assertThat(username.value()).isEqualTo(typed.toLowerCase(Locale.ROOT));
    }

    @Property
    void a_username_normalizes_once_and_for_all(@ForAll("usernames") String typed) {
        var username = new Username(typed);

        assertThat(new Username(username.value())).isEqualTo(username);
        assertThat(new Username(" \t" + typed + "  ")).isEqualTo(username);
    }

    @Property
    void any_valid_department_code_equals_its_lower_cased_form(@ForAll("departmentCodes") String typed) {
        var code = new DepartmentCode(typed);

        assertThat(new DepartmentCode(typed.toLowerCase(Locale.ROOT))).isEqualTo(code);
        assertThat(code.value()).isEqualTo(typed.toUpperCase(Locale.ROOT));
    }

    @Property
    void an_email_address_is_the_same_whatever_its_case(@ForAll("emailAddresses") String typed) {
        assertThat(new EmailAddress(typed.toUpperCase(Locale.ROOT))).isEqualTo(new EmailAddress(typed));
    }

    @Provide
    Arbitrary<String> usernames() {
        var first = Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
        var rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('.', '_', '-').ofMinLength(2).ofMaxLength(39);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<String> departmentCodes() {
        var first = Arbitraries.chars().range('a', 'z').range('A', 'Z');
        var rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('_').ofMinLength(1).ofMaxLength(31);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<String> emailAddresses() {
        var part = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(part, part, part).as((local, domain, tld) -> local + "@" + domain + "." + tld);
    }
}
