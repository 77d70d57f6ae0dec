kind = 'mysql'
schemaLabel = dev.metalorm.maven.it.ItDatabases.name('metalorm_it_regen') + ' (MariaDB '
return evaluate(new File(basedir, '../../../../src/it/shared/regen-verify.groovy'))
