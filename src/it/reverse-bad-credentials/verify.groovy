def log = new File(basedir, 'build.log').text
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null
assert failure.contains('authentication failed for user "nosuchuser"')
assert failure.contains('metalorm.serverId')
def warnings = log.readLines().findAll { it.startsWith('[WARNING] The database password comes from the command line') }
assert warnings == ['[WARNING] The database password comes from the command line (-Ddb.password): mvn -X prints it in the mojo'
        + ' configuration and your shell keeps it in its history. Put it in ~/.m2/settings.xml as an encrypted <server>'
        + ' password (mvn --encrypt-password) and set metalorm.serverId instead.']
// the invoker's own command line in build.log is not ours to mask; what the plugin wrote must not show it
assert !log.readLines().findAll { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') || it.startsWith('[INFO]') }.any { it.contains('s3cret-pw') }
assert !new File(basedir, 'src').exists()
return true
