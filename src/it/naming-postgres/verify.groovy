kind = 'postgres'
database = dev.metalorm.maven.it.ItDatabases.name('metalorm_it_naming')
return evaluate(new File(basedir, '../../../../src/it/shared/naming-verify.groovy'))
