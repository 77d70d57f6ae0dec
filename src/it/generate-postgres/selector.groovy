// the IT's runtime test runs on the local PostgreSQL (the same migrations, applied by setup.groovy)
return dev.metalorm.maven.it.ItDatabases.select('postgres')
