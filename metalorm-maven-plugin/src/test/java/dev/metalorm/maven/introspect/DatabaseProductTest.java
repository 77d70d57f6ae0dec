package dev.metalorm.maven.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseProductTest {
    @Test
    void mariaDbThroughConnectorJ() {
        assertThat(DatabaseProduct.of("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1"))
                .isEqualTo(new DatabaseProduct("MariaDB", "10.11.19"));
    }

    @Test
    void mariaDbThroughItsOwnDriver() {
        assertThat(DatabaseProduct.of("MariaDB", "10.11.19-MariaDB-0+deb12u1"))
                .isEqualTo(new DatabaseProduct("MariaDB", "10.11.19"));
    }

    @Test
    void mySql() {
        assertThat(DatabaseProduct.of("MySQL", "8.0.36")).isEqualTo(new DatabaseProduct("MySQL", "8.0.36"));
        assertThat(DatabaseProduct.of("MySQL", "8.0.36").isMySqlFamily()).isTrue();
    }

    @Test
    void postgresAndH2() {
        assertThat(DatabaseProduct.of("PostgreSQL", "15.20 (Debian 15.20-0+deb12u1)"))
                .isEqualTo(new DatabaseProduct("PostgreSQL", "15.20"));
        assertThat(DatabaseProduct.of("H2", "2.3.232 (2024-08-11)")).isEqualTo(new DatabaseProduct("H2", "2.3.232"));
    }

    @Test
    void otherDatabasesKeepTheirJdbcName() {
        assertThat(DatabaseProduct.of("Apache Derby", "10.17.1.0 - (1913217)"))
                .isEqualTo(new DatabaseProduct("Apache Derby", "10.17.1.0"));
    }
}
