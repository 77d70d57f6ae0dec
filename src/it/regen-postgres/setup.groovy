dev.metalorm.maven.it.ItDatabases.recreate('postgres', 'metalorm_it_regen', new File(basedir, 'schema.sql').toPath())
return true
