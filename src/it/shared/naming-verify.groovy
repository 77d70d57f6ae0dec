// Shared by naming-mariadb and naming-postgres: their verify.groovy sets kind and database, then evaluates
// this file. Every case of the naming rules (README "Naming rules"; issue 13 and issue 16 item 13) on a real database.
import dev.metalorm.maven.it.ItDatabases

try {
    def log = new File(basedir, 'build.log').text
    def model = new File(basedir, 'src/main/java/com/acme/naming')
    def source = { String name -> def f = new File(model, name + '.java'); assert f.isFile() : name + '.java'; f.text }
    def has = { String cls, String type, String field ->
        assert source(cls + 'Base') =~ ('private ' + java.util.regex.Pattern.quote(type) + ' ' + field + ';') : cls + ': ' + type + ' ' + field
    }
    def column = { String cls, String field -> assert source(cls + 'Base') =~ ('private [\\w.<>\\[\\]]+ ' + field + ';') : cls + ': column ' + field }

    assert log.contains('BUILD SUCCESS')
    // the run with three junctions between the same two tables succeeded, and check found the same names again
    assert log.contains('Entities are up to date with schema')

    // two self-referencing junctions with the same columns: named by the junction
    ['friends', 'friendsOf', 'blockedPeople', 'blockedBy'].each { has('Person', 'ManyToManyCollection<Person>', it) }
    // three junctions between users and item_uris
    ['uris', 'suggestedUris', 'notifiedUris'].each { has('User', 'ManyToManyCollection<ItemUri>', it) }
    ['users', 'suggestedUsers', 'notifiedUsers'].each { has('ItemUri', 'ManyToManyCollection<User>', it) }
    has('Notification', 'BelongsToReference<User>', 'user')   // uid -> users
    // only what clashes is lengthened: the hasMany keeps posts, the junction's is likedPosts
    has('User', 'HasManyCollection<Post>', 'posts')
    has('User', 'ManyToManyCollection<Post>', 'likedPosts')
    // FK columns without _id: the relation takes the column's name, the field the Id suffix
    has('Artist', 'BelongsToReference<Area>', 'area'); column('Artist', 'areaId')
    has('Issue', 'BelongsToReference<User>', 'resolvedBy'); column('Issue', 'resolvedById')
    has('Issue', 'BelongsToReference<User>', 'editor'); column('Issue', 'editorId')
    has('Issue', 'BelongsToReference<Issue>', 'parent'); column('Issue', 'parentId')
    has('Issue', 'HasManyCollection<Issue>', 'issuesByParent')
    // abbreviated FK column: named after the target
    has('Issue', 'BelongsToReference<User>', 'assignedUser'); column('Issue', 'assignedUid')
    ['issuesResolvedBy', 'issuesByEditor', 'issuesByAssignedUser'].each { has('User', 'HasManyCollection<Issue>', it) }
    // a -> tag, b -> tags
    has('Label', 'BelongsToReference<Tag>', 'a'); has('Label', 'BelongsToReference<Tags>', 'b')
    column('Label', 'aId'); column('Label', 'bId')
    // the same FK declared twice: one relation and a warning
    assert (source('PostBase') =~ /@BelongsTo\(/).count == 1
    assert log.contains('foreign key posts.fk_b: repeats fk_a (same columns (user_id) -> users): one relation is generated, from fk_a.')
    // keywords: readable words, no trailing _; a keyword role is followed by its target
    column('Item', 'isPrivate'); column('Item', 'className'); column('Item', 'defaultValue')
    assert source('ItemBase').contains('getClassName()') && source('ItemBase').contains('getIsPrivate()')
    has('Move', 'BelongsToReference<Item>', 'newItem'); has('Move', 'BelongsToReference<Item>', 'old')
    def all = model.listFiles().findAll { it.name.endsWith('.java') }.collect { it.text }.join('\n')
    assert !(all =~ /private [\w.<>\[\]]+ \w+_;/) : 'a field with a trailing _'
    assert !(all =~ /private [\w.<>\[\]]+ \w+Ref;/) : 'a relation with the Ref suffix'
    // leading digits, runtime type names
    assert source('TwoFaCode').contains('@Entity("2fa_codes")')
    assert source('SessionEntity').contains('@Entity("sessions")')
    assert source('PageEntity').contains('@Entity("pages")')
    has('User', 'HasManyCollection<SessionEntity>', 'sessions')
    // stripTablePrefix ACT_RU_,ACT_HI_
    ['Execution', 'Task', 'Taskinst'].each { source(it) }
    assert !new File(model, 'ActRuExecution.java').exists()
    has('Task', 'BelongsToReference<Execution>', 'execution')
    has('Execution', 'HasManyCollection<Task>', 'tasks')
    has('Execution', 'BelongsToReference<Execution>', 'parent')
    // every entity compiled
    ['User', 'Person', 'ItemUri', 'Issue', 'Item', 'TwoFaCode', 'SessionEntity', 'Execution'].each {
        assert new File(basedir, 'target/classes/com/acme/naming/' + it + '.class').isFile() : it + ' did not compile'
    }
    return true
} finally {
    ItDatabases.drop(kind, database)
}
