package dev.opscharter.adapters.persistence.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabaseTest {

    @Test
    void a_fresh_database_keeps_host_port_and_parameters_of_the_url() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://localhost:5432/postgres?user=postgres", "x_1"))
                .isEqualTo("jdbc:postgresql://localhost:5432/x_1?user=postgres");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://db1:5432,db2:5433/app", "x_1"))
                .isEqualTo("jdbc:postgresql://db1:5432,db2:5433/x_1");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://localhost", "x_1"))
                .isEqualTo("jdbc:postgresql://localhost/x_1");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql:app?ssl=false", "x_1"))
                .isEqualTo("jdbc:postgresql:x_1?ssl=false");
    }
}
