def log = new File(basedir, 'build.log').text
assert log.contains('<table> users_roles: <junction> must be force, deny or infer, not "maybe".')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'src').exists()
