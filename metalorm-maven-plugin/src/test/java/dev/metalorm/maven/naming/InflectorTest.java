package dev.metalorm.maven.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "users, user", "uris, uri", "apis, api", "roles, role", "posts, post", "categories, category", "companies, company",
            "people, person", "children, child", "men, man", "women, woman", "mice, mouse", "geese, goose",
            "statuses, status", "addresses, address", "classes, class", "processes, process", "boxes, box",
            "taxes, tax", "indexes, index", "indices, index", "matrices, matrix", "analyses, analysis",
            "crises, crisis", "matches, match", "dishes, dish", "buses, bus", "viruses, virus", "houses, house",
            "warehouses, warehouse", "courses, course", "purchases, purchase", "responses, response",
            "databases, database", "movies, movie", "cookies, cookie", "ties, tie", "heroes, hero", "shoes, shoe",
            "wolves, wolf", "archives, archive", "caches, cache", "quizzes, quiz", "aliases, alias", "criteria, criterion",
            "items, item", "settings, setting", "prices, price", "services, service", "days, day", "keys, key",
            "data, data", "news, news", "series, series", "species, species", "equipment, equipment", "staff, staff",
            "user, user", "status, status", "address, address", "analysis, analysis", "person, person", "bus, bus",
            "index, index", "v2, v2", "2fa, 2fa"})
    void singular(String plural, String singular) {
        assertThat(Inflector.singular(plural)).isEqualTo(singular);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "user, users", "uri, uris", "post, posts", "category, categories", "person, people", "child, children",
            "status, statuses", "address, addresses", "box, boxes", "match, matches", "dish, dishes", "bus, buses",
            "analysis, analyses", "index, indices", "day, days", "key, keys", "hero, heroes", "photo, photos",
            "data, data", "news, news", "series, series", "people, people", "quiz, quizzes", "wolf, wolves",
            "item, items", "v2, v2s"})
    void plural(String singular, String plural) {
        assertThat(Inflector.plural(singular)).isEqualTo(plural);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"user", "category", "person", "status", "address", "box", "analysis", "child", "movie", "house",
            "match", "wolf", "hero", "crisis", "quiz", "course", "cache", "alias", "index", "company", "day"})
    void roundTrip(String word) {
        assertThat(Inflector.singular(Inflector.plural(word))).isEqualTo(word);
    }
}
