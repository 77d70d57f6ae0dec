kind = 'postgres'
schemaLabel = 'public (PostgreSQL '
return evaluate(new File(basedir, '../../../../src/it/shared/regen-verify.groovy'))
