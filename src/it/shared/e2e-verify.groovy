// Shared by the e2e ITs: their verify.groovy sets kind and database, then evaluates this file.
import dev.metalorm.maven.it.ItDatabases

try {
    def model = new File(basedir, 'src/main/java/com/acme/e2e')
    def generated = model.listFiles().collect { it.text }.join('\n')
    // what the database fills in or computes is told to the runtime
    assert generated.contains('@Column(name = "balance", nullable = false, hasDefault = true)')
    assert generated.contains('@Column(name = "created_at", nullable = false, hasDefault = true)')
    assert generated.contains('@Column(name = "status", nullable = false, hasDefault = true)')
    assert generated.contains('@Column(name = "email_domain", readOnly = true)')
    assert generated.contains('@Column(name = "version", nullable = false, hasDefault = true)\n    @Version')
    if (kind == 'postgres') {
        assert generated.contains('@Column(name = "account_no", nullable = false, readOnly = true)') // identity ALWAYS
    } else {
        assert generated.contains('@Column(name = "balance_cents", readOnly = true)') // PERSISTENT
    }
    // the IT's own test ran against every generated entity and passed
    def report = new File(basedir, 'target/surefire-reports/TEST-it.EndToEndTest.xml')
    assert report.isFile()
    assert report.text.contains('tests="2"') && report.text.contains('failures="0"') && report.text.contains('errors="0"')
    return true
} finally {
    ItDatabases.drop(kind, database)
}
