// Shared by the generate ITs: their setup.groovy sets kind and database, then evaluates this file.
// The runtime test's database: the same migrations, in version order, on the local server.
def migrations = new File(basedir, 'src/main/resources/db/migration').listFiles().findAll { it.name.endsWith('.sql') }
        .sort { it.name.substring(1, it.name.indexOf('__')) as int }
def all = new File(basedir, 'target/all-migrations.sql')
all.parentFile.mkdirs()
all.text = migrations.collect { it.text.readLines().findAll { !it.startsWith('--') }.join('\n') + '\n' }.join('')
dev.metalorm.maven.it.ItDatabases.recreate(kind, database, all.toPath())
return true
