def log = new File(basedir, 'build.log').text
assert log.contains('metalorm:help')
// the help mojo read the plugin descriptor and lists every goal
['metalorm:check', 'metalorm:generate', 'metalorm:help', 'metalorm:reverse'].each { assert log.contains(it) : it }
assert log.contains('BUILD SUCCESS')
