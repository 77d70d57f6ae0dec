// the README demo's schema (demo/demo.sql); basedir is metalorm-maven-plugin/target/it/reverse-protects-files
dev.metalorm.maven.it.ItDatabases.recreate('h2', new File(basedir, 'target/db/example').path, new File(basedir, '../../../../demo/demo.sql').toPath())
// keep the originals to compare with after the runs
new File(basedir, 'target/originals').mkdirs()
['Role', 'Profile'].each { new File(basedir, "target/originals/${it}.java").text = new File(basedir, "src/main/java/com/acme/model/${it}.java").text }
return true
