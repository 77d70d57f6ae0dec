dev.metalorm.maven.it.ItDatabases.recreate('mysql', 'metalorm_it_reverse', new File(basedir, 'schema.sql').toPath())
return true
