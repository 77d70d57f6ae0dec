kind = 'mysql'
schemaLabel = 'metalorm_it_regen (MariaDB '
return evaluate(new File(basedir, '../../../../src/it/shared/regen-verify.groovy'))
