// the IT's runtime test runs on the local MariaDB (the same migrations, applied by setup.groovy)
return dev.metalorm.maven.it.ItDatabases.select('mysql')
