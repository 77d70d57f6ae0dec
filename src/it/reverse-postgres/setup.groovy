dev.metalorm.maven.it.ItDatabases.recreate('postgres', 'metalorm_it_reverse', new File(basedir, 'schema.sql').toPath())
return true
