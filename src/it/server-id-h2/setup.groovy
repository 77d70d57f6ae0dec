// the README demo's schema (demo/demo.sql), then a password for sa that only the settings.xml server knows
import dev.metalorm.maven.it.ItDatabases

def database = new File(basedir, 'target/db/shop').path
ItDatabases.recreate('h2', database, new File(basedir, '../../../../demo/demo.sql').toPath())
ItDatabases.execute('h2', database, "ALTER USER sa SET PASSWORD 'it-secret-pw'")
return true
