// Shared by the regeneration ITs: their verify.groovy sets kind and schemaLabel, then evaluates this file.
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def model = new File(basedir, 'src/main/java/com/acme/shop')
def sha256 = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }

// 1. first generation: a generated base and a user class per table, and the lock
assert log.contains('Wrote metalorm.lock with the names of 5 tables')

// 3. check failed and named each change
assert log.contains('Entities are stale for schema ' + schemaLabel)
['+ table post_likes', '- table legacy_notes', 'messages: + column recipient_id, + relation recipient -> users',
 'users: + column nickname, + relation likedPosts -> posts, + relation messagesByRecipient -> messages,'
         + ' + relation postLikes -> post_likes',
 '~ com/acme/shop/UserBase.java', '- com/acme/shop/LegacyNote.java', '- com/acme/shop/LegacyNoteBase.java',
 'Run mvn metalorm:reverse to update the entities.'].each { assert log.contains(it) : it }

// 4. reverse reported the changes, rewrote only the affected files, removed the dropped table's
assert log.contains('Changes since last run: + table post_likes; - table legacy_notes; messages: + column recipient_id')
assert log.contains('files: 5 written, 5 unchanged, 2 removed')
assert !new File(model, 'LegacyNoteBase.java').exists()
assert !new File(model, 'LegacyNote.java').exists()
def before = [:]
new File(basedir, 'target/before-regeneration.txt').eachLine { line -> def (name, hash) = line.split(' '); before[name] = hash }
['User.java', 'Post.java', 'Message.java', 'Tag.java', 'TagBase.java'].each {
    assert sha256(new File(model, it)) == before[it] : it + ' was rewritten'
}
['UserBase.java', 'PostBase.java', 'MessageBase.java'].each { assert sha256(new File(model, it)) != before[it] : it }
assert new File(model, 'PostLike.java').isFile() && new File(model, 'PostLikeBase.java').isFile()

// every existing name kept, new ones around them; the custom code survived
def userBase = new File(model, 'UserBase.java').text
['HasManyCollection<Message> messages;', 'HasManyCollection<Message> messagesByRecipient;', 'HasManyCollection<Post> posts;',
 'ManyToManyCollection<Post> likedPosts;', 'private String nickname;'].each { assert userBase.contains(it) : it }
assert new File(model, 'User.java').text.contains('public String displayName() {')
def lock = new File(basedir, 'metalorm.lock').text
assert lock.contains('relation users<-messages(sender_id) = messages : hasMany messages\n')
assert !lock.contains('legacy_notes')

// 5. the IT's own test ran the regenerated entities against the runtime, then check passed
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [\d.]+ s -- in com\.acme\.shop\.RegeneratedEntitiesTest/
assert log.contains('Entities are up to date with schema ' + schemaLabel)
assert log.contains('BUILD SUCCESS')

dev.metalorm.maven.it.ItDatabases.drop(kind, dev.metalorm.maven.it.ItDatabases.name('metalorm_it_regen'))
return true
