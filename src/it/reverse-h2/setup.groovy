// the README demo's schema (demo/demo.sql); basedir is metalorm-maven-plugin/target/it/reverse-h2
dev.metalorm.maven.it.ItDatabases.recreate('h2', new File(basedir, "target/db/example").path, new File(basedir, '../../../../demo/demo.sql').toPath())
return true
