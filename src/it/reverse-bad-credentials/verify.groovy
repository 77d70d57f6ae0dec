def log = new File(basedir, 'build.log').text
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null
assert failure.contains('authentication failed for user "nosuchuser"')
assert failure.contains('metalorm.serverId')
assert !log.contains('s3cret-pw')
assert !new File(basedir, 'src').exists()
return true
