dev.metalorm.maven.it.ItDatabases.recreate('mysql', 'metalorm_it_regen', new File(basedir, 'schema.sql').toPath())
return true
