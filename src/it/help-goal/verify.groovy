def log = new File(basedir, 'build.log').text
assert log.contains('metalorm:help')
assert log.contains('BUILD SUCCESS')
