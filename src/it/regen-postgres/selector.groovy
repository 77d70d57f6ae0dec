return dev.metalorm.maven.it.ItDatabases.select('postgres')
