package dev.metalorm;

import static dev.metalorm.schema.Schema.belongsTo;
import static dev.metalorm.schema.Schema.defineTable;
import static dev.metalorm.schema.Schema.hasMany;
import static dev.metalorm.schema.Schema.hasOne;
import static dev.metalorm.schema.Schema.integer;
import static dev.metalorm.schema.Schema.serial;
import static dev.metalorm.schema.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.metalorm.example.ExampleSchema;
import dev.metalorm.schema.Row;
import dev.metalorm.schema.TableDefinition;
import dev.metalorm.support.Dump;
import dev.metalorm.support.StatementLog;
import dev.metalorm.testing.AllDatabases;
import dev.metalorm.testing.TestDatabase;

class RelationWritesTest {
    static final TableDefinition COUNTRIES = defineTable("countries", serial("id").primaryKey(), varchar("name"),
            hasMany("cities", () -> RelationWritesTest.CITIES, "country_id"));
    static final TableDefinition CITIES = defineTable("cities", serial("id").primaryKey(), varchar("name"),
            integer("country_id").notNull(), belongsTo("country", () -> COUNTRIES, "country_id"),
            hasMany("streets", () -> RelationWritesTest.STREETS, "city_id"),
            hasOne("mayor", () -> RelationWritesTest.MAYORS, "city_id"));
    static final TableDefinition STREETS = defineTable("streets", serial("id").primaryKey(), varchar("name"),
            integer("city_id"), belongsTo("city", () -> CITIES, "city_id"));
    static final TableDefinition MAYORS = defineTable("mayors", serial("id").primaryKey(), varchar("name"),
            integer("city_id"), belongsTo("city", () -> CITIES, "city_id"));

    static MetalOrm create(TestDatabase db, StatementLog log) {
        db.execute("CREATE TABLE countries (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50))",
                "CREATE TABLE cities (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50), country_id INT NOT NULL, "
                        + "FOREIGN KEY (country_id) REFERENCES countries (id))",
                "CREATE TABLE streets (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50), city_id INT, "
                        + "FOREIGN KEY (city_id) REFERENCES cities (id))",
                "CREATE TABLE mayors (" + ExampleSchema.serialKey(db, "id") + ", name VARCHAR(50), city_id INT UNIQUE, "
                        + "FOREIGN KEY (city_id) REFERENCES cities (id))");
        return MetalOrm.builder(db.dataSource()).tables(COUNTRIES).statementListener(log).build();
    }

    @AllDatabases
    void generatedKeysReachChildrenPersistedInReverseOrder(TestDatabase db) {
        StatementLog log = new StatementLog();
        MetalOrm orm = create(db, log);
        try (Session s = orm.openSession()) {
            Row street = STREETS.newRow().set("name", "Main St");
            s.persist(street);
            Row city = CITIES.newRow().set("name", "Springfield");
            street.belongsTo("city").set(city);
            Row country = COUNTRIES.newRow().set("name", "Freedonia");
            city.belongsTo("country").set(country);
            assertThat(street.get("city_id")).as("the new city has no key yet").isNull();
            s.commit();
            assertThat(street.get("city_id")).isEqualTo(city.get("id"));
            assertThat(city.get("country_id")).isEqualTo(country.get("id"));
        }
        assertThat(log.only("INSERT")).extracting(sql -> sql.replaceAll("[`\"]", "").split(" ")[2])
                .containsExactly("countries", "cities", "streets");
        assertThat(Dump.tables(db, "countries:id", "cities:id", "streets:id")).containsExactly(
                "countries(id=1, name=Freedonia)", "cities(id=1, name=Springfield, country_id=1)",
                "streets(id=1, name=Main St, city_id=1)");
    }

    @AllDatabases
    void removingAChildNullsItsKeyOrIsRefusedWhenTheKeyIsNotNullable(TestDatabase db) {
        StatementLog log = new StatementLog();
        MetalOrm orm = create(db, log);
        try (Session s = orm.openSession()) {
            Row country = COUNTRIES.newRow().set("name", "Freedonia");
            s.persist(country);
            Row city = CITIES.newRow().set("name", "Springfield");
            country.hasMany("cities").add(city);
            city.hasMany("streets").add(STREETS.newRow().set("name", "Main St"));
            city.hasMany("streets").add(STREETS.newRow().set("name", "Elm St"));
            city.hasOne("mayor").set(MAYORS.newRow().set("name", "Quimby"));
            s.commit();
        }
        try (Session s = orm.openSession()) {
            Row city = s.find(CITIES, 1);
            Row main = city.hasMany("streets").load().get(0);
            log.clear();
            city.hasMany("streets").remove(main);
            assertThat(main.get("city_id")).isNull();
            assertThat(city.hasMany("streets").getItems()).extracting(r -> r.get("name")).containsExactly("Elm St");
            Row other = MAYORS.newRow().set("name", "Diamond Joe");
            city.hasOne("mayor").set(other);
            s.commit();
            assertThat(log.only("UPDATE", "INSERT", "DELETE")).extracting(sql -> sql.replaceAll("[`\"]", "").replaceAll(" (SET|VALUES|WHERE) .*", ""))
                    .as("the old mayor lets go of the unique city_id before the new one is inserted")
                    .containsExactly("UPDATE mayors", "UPDATE streets", "INSERT INTO mayors (name, city_id)");
            Row country = city.belongsTo("country").load();
            assertThatThrownBy(() -> country.hasMany("cities").remove(city))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("Cannot take a cities row out of countries.cities of countries[1]: its foreign key cities.country_id "
                            + "is not nullable. Declare the relation with cascade = Cascade.REMOVE to delete it, or remove the row "
                            + "from the session.");
        }
        assertThat(Dump.tables(db, "streets:id", "mayors:id")).containsExactly(
                "streets(id=1, name=Main St, city_id=null)", "streets(id=2, name=Elm St, city_id=1)",
                "mayors(id=1, name=Quimby, city_id=null)", "mayors(id=2, name=Diamond Joe, city_id=1)");
    }

    @AllDatabases
    void aReferenceFollowsItsForeignKeyColumn(TestDatabase db) {
        MetalOrm orm = create(db, new StatementLog());
        try (Session s = orm.openSession()) {
            Row a = COUNTRIES.newRow().set("name", "A");
            Row b = COUNTRIES.newRow().set("name", "B");
            s.persist(a);
            s.persist(b);
            Row city = CITIES.newRow().set("name", "C");
            a.hasMany("cities").add(city);
            s.commit();
            assertThat(city.belongsTo("country").load()).isSameAs(a);
            city.set("country_id", b.get("id"));
            assertThat(city.belongsTo("country").isLoaded()).as("the column changed under the reference").isFalse();
            assertThatThrownBy(() -> city.belongsTo("country").get()).isInstanceOf(RelationNotLoadedException.class);
            assertThat(city.belongsTo("country").load()).isSameAs(b);
            b.hasMany("cities").load();
            a.hasMany("cities").attach(city);
            assertThat(city.get("country_id")).isEqualTo(a.get("id"));
            s.commit();
        }
        assertThat(Dump.tables(db, "cities:id")).containsExactly("cities(id=1, name=C, country_id=1)");
    }

    @AllDatabases
    void wrappersNeedAnOpenSession(TestDatabase db) {
        MetalOrm orm = create(db, new StatementLog());
        Row country;
        try (Session s = orm.openSession()) {
            country = COUNTRIES.newRow().set("name", "A");
            s.persist(country);
            s.commit();
            country.hasMany("cities").load();
        }
        assertThat(country.hasMany("cities").getItems()).as("loaded data stays readable").isEmpty();
        assertThatThrownBy(() -> country.hasMany("cities").add(CITIES.newRow()))
                .isInstanceOf(MetalOrmException.class)
                .hasMessage("Relation countries.cities of countries[1] belongs to an entity no longer in its session (closed, "
                        + "rolled back, cleared or removed). Load the entity again in an open session.");
        try (Session s = orm.openSession()) {
            Row city = CITIES.newRow().set("name", "C");
            s.persist(city);
            assertThatThrownBy(() -> city.belongsTo("country").set(STREETS.newRow()))
                    .isInstanceOf(MetalOrmException.class)
                    .hasMessage("cities.country of cities(new) holds rows of countries (defineTable(\"countries\")); got "
                            + "dev.metalorm.schema.Row streets{id=null, name=null, city_id=null}.");
        }
        assertThatThrownBy(() -> COUNTRIES.newRow().hasMany("cities"))
                .isInstanceOf(MetalOrmException.class)
                .hasMessage("Relation countries.cities is not available: this row is not managed by a session. Persist it or "
                        + "load it through a session first.");
    }
}
