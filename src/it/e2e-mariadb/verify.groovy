kind = 'mysql'
database = dev.metalorm.maven.it.ItDatabases.name('metalorm_it_e2e')
return evaluate(new File(basedir, '../../../../src/it/shared/e2e-verify.groovy'))
