kind = 'postgres'
database = dev.metalorm.maven.it.ItDatabases.name('metalorm_it_generate')
return evaluate(new File(basedir, '../../../../src/it/shared/generate-setup.groovy'))
