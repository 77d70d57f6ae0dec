dev.metalorm.maven.it.ItDatabases.recreate('mysql', dev.metalorm.maven.it.ItDatabases.name('metalorm_it_e2e'), new File(basedir, 'schema.sql').toPath())
return true
