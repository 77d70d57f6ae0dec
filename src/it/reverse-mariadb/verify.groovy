kind = 'mysql'
database = 'metalorm_it_reverse'
return evaluate(new File(basedir, '../../../../src/it/shared/reverse-verify.groovy'))
