kind = 'h2'
database = new File(basedir, "target/db/example").path
return evaluate(new File(basedir, '../../../../src/it/shared/reverse-verify.groovy'))
