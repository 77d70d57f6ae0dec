kind = 'h2'
database = new File(basedir, "target/db/example").path
// goal 2's check found the regenerated entities up to date
assert new File(basedir, 'build.log').text.contains('Entities are up to date with schema')
return evaluate(new File(basedir, '../../../../src/it/shared/reverse-verify.groovy'))
