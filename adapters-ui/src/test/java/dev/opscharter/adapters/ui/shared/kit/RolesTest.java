package dev.opscharter.adapters.ui.shared.kit;

import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    @Test
    void there_is_one_constant_per_role_named_and_valued_as_the_role() throws IllegalAccessException {
        var constants = Arrays.stream(Roles.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList();

        assertThat(constants).extracting(Field::getName)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
        for (var constant : constants) {
            assertThat(constant.get(null)).as(constant.getName()).isEqualTo(constant.getName());
            assertThat(Role.valueOf((String) constant.get(null))).isNotNull();
        }
    }
}
