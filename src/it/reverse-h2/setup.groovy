dev.metalorm.maven.it.ItDatabases.recreate('h2', new File(basedir, "target/db/example").path, new File(basedir, 'schema.sql').toPath())
return true
