def log = new File(basedir, 'build.log').text
assert log.contains('Skipping metalorm:reverse (metalorm.skip=true).')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'src').exists()
