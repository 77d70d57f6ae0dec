kind = 'postgres'
database = dev.metalorm.maven.it.ItDatabases.name('metalorm_it_generate')
product = 'PostgreSQL'
return evaluate(new File(basedir, '../../../../src/it/shared/generate-verify.groovy'))
