// The relations of src/test/resources/suggest/wordpress-magento-expected.txt, through a real run on MariaDB.
import dev.metalorm.maven.it.ItDatabases

try {
    def log = new File(basedir, 'build.log').text
    def plain = new File(basedir, 'src/main/java/com/acme/plain')
    def inferred = new File(basedir, 'src/main/java/com/acme/inferred')
    def text = { File dir -> dir.listFiles().findAll { it.name.endsWith('.java') }.sort { it.name }.collect { it.text }.join('\n') }

    // 1. inference off: 24 tables, no relation, and a hint to turn inference on
    assert plain.listFiles().findAll { it.name.endsWith('Base.java') }.size() == 24
    def plainText = text(plain)
    ['@BelongsTo', '@HasMany', '@HasOne', '@BelongsToMany'].each { assert !plainText.contains(it) : it }
    assert log.contains('declares no foreign key, so no relation was generated: set metalorm.inferRelations=naming')
    assert !new File(basedir, 'plain.lock').text.contains('inferred ')

    // 2. inference on, default confidence: 31 belongsTo (each with its inverse), one junction
    def inferredText = text(inferred)
    assert (inferredText =~ /@BelongsTo\(/).count == 31
    assert (inferredText =~ /@HasMany\(|@HasOne\(/).count == 31
    assert (inferredText =~ /@BelongsToMany\(/).count == 2
    def post = new File(inferred, 'WpPostBase.java').text
    assert post.contains('@BelongsTo(target = WpUser.class, foreignKey = "post_author")')
    assert post.contains('@BelongsTo(target = WpPost.class, foreignKey = "post_parent")')
    assert new File(inferred, 'WpUserBase.java').text.contains('@HasMany(target = WpPost.class, foreignKey = "post_author")')
    assert new File(inferred, 'CatalogCategoryEntityBase.java').text.contains('pivotTable = CatalogCategoryProduct.class')
    // rejected ones are reported, not generated
    assert !new File(inferred, 'WpLinkBase.java').text.contains('@BelongsTo')
    assert !new File(inferred, 'WpTermTaxonomyBase.java').text.contains('foreignKey = "parent"')
    assert log.contains('Relations without foreign keys: 35 suggested, 31 accepted (confidence >= 0.70), 4 rejected (2 below 0.70, 2 type mismatch)')
    assert log.contains('wp_links(link_owner) -> wp_users(ID) 0.55 rejected: below 0.70')
    def lock = new File(basedir, 'inferred.lock').text
    assert lock.contains('inferred wp_posts(post_author)->wp_users(ID) = 0.70\n')
    assert (lock =~ /(?m)^inferred /).count == 31
    return true
} finally {
    ItDatabases.drop('mysql', ItDatabases.name('metalorm_it_infer'))
}
