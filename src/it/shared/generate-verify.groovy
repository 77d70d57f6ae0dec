// Shared by the generate ITs: their verify.groovy sets kind, database and product (the engine's name in the
// log lines), then evaluates this file.
import dev.metalorm.maven.it.ItDatabases

try {
    def log = new File(basedir, 'build.log').text
    // no committed sources: everything compiled came from target/generated-sources/metalorm
    assert !new File(basedir, 'src/main/java').exists()
    def model = new File(basedir, 'target/generated-sources/metalorm/com/acme/model')
    ['User', 'Post', 'Profile', 'Role', 'UserRole'].each { assert new File(model, it + '.java').isFile() : it }
    assert !new File(model, 'FlywaySchemaHistory.java').exists()
    assert !new File(model, 'UserBase.java').exists() : 'generate writes no generation-gap classes into target/'
    def generated = model.listFiles().collect { it.text }.join('\n')
    assert generated.contains('@Entity("users")')
    assert generated.contains('@HasMany(target = Post.class, foreignKey = "user_id")')
    assert generated.contains('pivotTable = UserRole.class')
    // the defaulted column and the generated key, as the migrations declare them
    assert generated.contains('@Column(name = "published", nullable = false, hasDefault = true)')
    assert generated.contains('@Id(generated = true)\n    @Column(name = "id")')

    // 1: one line per stage, with counts and times
    def started = (log =~ /Started embedded ${product} on port \d+ in (\d+) ms/)
    assert started.find() : 'engine start line'
    def applied = (log =~ /Applied 3 migrations in (\d+) ms \((\d+) ms in the migrations, the rest Flyway's start\)/)
    assert applied.find() : 'migrations line'
    assert log =~ /Read 5 tables in \d+ ms/
    assert log =~ /Wrote 5 of 5 files \(0 removed\) in \d+ ms/
    def report = new File(basedir, 'target/surefire-reports/TEST-it.GeneratedEntitiesTest.xml')
    assert report.isFile()
    assert report.text =~ /tests="[1-9]\d*"/ && report.text.contains('failures="0"') && report.text.contains('errors="0"')

    // 2: unchanged, so skipped in under a second of plugin time without a database, and still compiled
    def skipped = (log =~ /Entities in .* are up to date with the migrations, configuration and plugin version \((\d+) ms, no database started\)\./)
    assert skipped.find() : 'skip line'
    assert (skipped.group(1) as int) < 1000
    assert (log =~ /Started embedded ${product}/).count == 1
    assert new File(basedir, 'target/classes/com/acme/model/User.class').isFile()
    // Flyway logs through java.util.logging inside Maven: quiet unless -X
    assert !log.contains('org.flywaydb.core.FlywayExecutor')
    println "${basedir.name}: engine start ${started.group(1)} ms, 3 migrations ${applied.group(1)} ms" +
            " (${applied.group(2)} ms in the migrations), up-to-date check ${skipped.group(1)} ms"
    return true
} finally {
    ItDatabases.drop(kind, database)
}
