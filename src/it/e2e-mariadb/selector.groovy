// runs where the server answers, and always when CI requires every database (then a missing server fails the IT)
return dev.metalorm.maven.it.ItDatabases.select('mysql')
