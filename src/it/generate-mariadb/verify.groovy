kind = 'mysql'
database = dev.metalorm.maven.it.ItDatabases.name('metalorm_it_generate')
product = 'MariaDB'
return evaluate(new File(basedir, '../../../../src/it/shared/generate-verify.groovy'))
