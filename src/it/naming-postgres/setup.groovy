dev.metalorm.maven.it.ItDatabases.recreate('postgres', dev.metalorm.maven.it.ItDatabases.name('metalorm_it_naming'), new File(basedir, 'schema.sql').toPath())
return true
