// Shared by the reverse ITs: their verify.groovy sets kind and database, then evaluates this file.
import dev.metalorm.maven.it.ItDatabases

try {
    def log = new File(basedir, 'build.log').text
    def model = new File(basedir, 'src/main/java/com/acme/model')
    ['User', 'Post', 'Profile', 'Role', 'UserRole'].each { assert new File(model, it + '.java').isFile() : it }
    def generated = model.listFiles().collect { it.text }.join('\n')
    assert generated.contains('@Entity("users")')
    assert generated.contains('@HasMany(target = Post.class, foreignKey = "user_id")')
    assert generated.contains('@HasOne(target = Profile.class, foreignKey = "user_id")')
    assert generated.contains('pivotTable = UserRole.class')
    assert generated.contains('pivotForeignKeyToRoot = "user_id"')
    assert generated.contains('@BelongsTo(target = User.class, foreignKey = "user_id")')
    // relation getters make unattached wrappers on a new object (issue 11 item 8)
    assert generated.contains('posts = HasManyCollection.unattached();')
    assert generated.contains('user = BelongsToReference.unattached();')
    assert new File(basedir, 'target/metalorm/reverse-report.json').isFile()
    // the IT's own test ran against the generated entities and passed
    def report = new File(basedir, 'target/surefire-reports/TEST-it.GeneratedEntitiesTest.xml')
    assert report.isFile()
    assert report.text.contains('tests="2"') && report.text.contains('failures="0"') && report.text.contains('errors="0"')
    // the second run found nothing to write
    assert log =~ /files: 0 written, \d+ unchanged, 0 removed/
    return true
} finally {
    ItDatabases.drop(kind, database)
}
