kind = 'mysql'
database = dev.metalorm.maven.it.ItDatabases.name('metalorm_it_reverse')
return evaluate(new File(basedir, '../../../../src/it/shared/reverse-verify.groovy'))
