/**
 * Relations the schema does not declare ({@code metalorm.inferRelations=naming}): WordPress, Magento, most
 * MyISAM-era schemas and schemas whose foreign keys were dropped for online migrations have none, yet their
 * column names say what refers to what. {@link dev.metalorm.maven.suggest.RelationSuggester} turns column
 * names, types, indexes and (with {@code metalorm.verifyRelations=sample}) a check of the values into
 * {@link dev.metalorm.maven.suggest.Suggestion}s, each with a confidence and its
 * {@link dev.metalorm.maven.suggest.Evidence}; those at or above {@code metalorm.minConfidence}, those kept by
 * {@code metalorm.lock}, and those the pom accepts or adds become foreign keys the database does not declare
 * ({@link dev.metalorm.maven.snapshot.ForeignKeySnapshot#declared()} false), which the infer and naming stages
 * then treat like declared ones. No I/O, logging or clock: the value checks come in from the introspect stage.
 *
 * <p>Never a suggestion on a column of a declared foreign key, and never silent: every suggestion, accepted or
 * rejected, is in the explain output and the JSON report, and the run logs one summary line.
 */
package dev.metalorm.maven.suggest;
