import dev.metalorm.maven.it.ItDatabases

try {
    def log = new File(basedir, 'build.log').text
    // the invoker execution that ran this copy (target/it-maven-<version>/server-id-h2) used that Maven
    def underMaven = (basedir.parentFile.name =~ /^it-maven-(\d.*)$/)
    if (underMaven.matches()) {
        assert log.contains('Apache Maven ' + underMaven.group(1) + ' ') : 'not run under Maven ' + underMaven.group(1)
    }
    assert log =~ /Apache Maven \d/
    def model = new File(basedir, 'src/main/java/com/acme/model')
    ['User', 'UserBase', 'Post', 'Profile', 'Role', 'UserRole'].each { assert new File(model, it + '.java').isFile() : it }
    ['User', 'UserBase', 'Post', 'UserRole'].each {
        assert new File(basedir, 'target/classes/com/acme/model/' + it + '.class').isFile() : it + ' did not compile'
    }
    assert log =~ /Read 5 tables from H2 [\d.]+ schema public/
    assert log.contains('Entities are up to date with schema public')
    assert log.contains('BUILD SUCCESS')
    assert !log.contains('it-secret-pw')
    // the run could only connect with the decrypted password: sa has no empty password any more
    try {
        ItDatabases.execute('h2', new File(basedir, 'target/db/shop').path, 'SELECT 1')
        assert false : 'user sa still connects without a password'
    } catch (java.sql.SQLException refused) {
        assert refused.message.contains('Wrong user name or password')
    }
    return true
} finally {
    ItDatabases.drop('h2', new File(basedir, 'target/db/shop').path)
}
