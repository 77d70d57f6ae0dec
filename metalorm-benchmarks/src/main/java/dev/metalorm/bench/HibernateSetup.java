package dev.metalorm.bench;

import javax.sql.DataSource;
import org.hibernate.cfg.Configuration;

/** What every Hibernate contender is configured with: the shared DataSource, no schema changes, no logging. */
public final class HibernateSetup {
    private HibernateSetup() {
    }

    /** Sets the DataSource and the settings every benchmark shares on {@code cfg}; {@code db} is h2, mariadb or postgres. */
    public static Configuration common(Configuration cfg, DataSource ds, String db) {
        cfg.getProperties().put("hibernate.connection.datasource", ds);
        cfg.setProperty("hibernate.hbm2ddl.auto", "none");
        if (db.equals("mariadb")) {
            // Connector/J reports MariaDB as "5.5.5-10.11…": name the dialect and the real version
            cfg.setProperty("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect");
            cfg.setProperty("jakarta.persistence.database-product-name", "MariaDB");
            cfg.setProperty("jakarta.persistence.database-product-version", "10.11");
        }
        cfg.setProperty("hibernate.show_sql", "false");
        cfg.setProperty("hibernate.generate_statistics", "false");
        return cfg;
    }
}
