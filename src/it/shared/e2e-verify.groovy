// Shared by the e2e ITs: their verify.groovy sets kind and database, then evaluates this file.
import dev.metalorm.maven.it.ItDatabases

try {
    def model = new File(basedir, 'src/main/java/com/acme/e2e')
    def generated = model.listFiles().collect { it.text }.join('\n')
    // what the database fills in or computes is told to the runtime
    assert generated.contains('@Column(name = "balance", nullable = false, hasDefault = true)')
    assert generated.contains('@Column(name = "created_at", nullable = false, hasDefault = true)')
    assert generated.contains('@Column(name = "status", nullable = false, hasDefault = true)')
    assert generated.contains('@Column(name = "email_domain", readOnly = true)')
    assert generated.contains('@Column(name = "version", nullable = false, hasDefault = true)\n    @Version')
    if (kind == 'postgres') {
        assert generated.contains('@Column(name = "account_no", nullable = false, readOnly = true)') // identity ALWAYS
        // the column types ColumnTypesTest drives: types the runtime binds untyped carry their sqlType
        assert generated.contains('@Id\n    @Column(name = "id")\n    private UUID id;')
        assert generated.contains('@Id\n    @Column(name = "id", hasDefault = true)\n    private UUID id;') // DEFAULT gen_random_uuid()
        assert generated.contains('@Column(name = "serial", nullable = false, hasDefault = true)\n    private UUID serial;')
        assert generated.contains('@Column(name = "address", nullable = false, sqlType = "inet")\n    private String address;')
        assert generated.contains('@Column(name = "network", sqlType = "cidr")\n    private String network;')
        assert generated.contains('@Column(name = "ports", nullable = false, sqlType = "_int4", hasDefault = true)\n    private Integer[] ports;')
        assert generated.contains('@Column(name = "tags", sqlType = "_text")\n    private String[] tags;')
        assert generated.contains('@Column(name = "uptime", sqlType = "interval")\n    private String uptime;')
        assert generated.contains('@Column(name = "location", sqlType = "point")\n    private String location;')
        assert generated.contains('@Column(name = "price", sqlType = "money")\n    private String price;')
        assert generated.contains('@Column(name = "keywords", sqlType = "tsvector")\n    private String keywords;')
        assert generated.contains('@Column(name = "settings", nullable = false, json = true, hasDefault = true)\n    private String settings;')
    } else {
        assert generated.contains('@Column(name = "balance_cents", readOnly = true)') // PERSISTENT
        assert generated.contains('@Id(generated = true)\n    @Column(name = "id")\n    private BigInteger id;') // bigint unsigned
        assert generated.contains('@Column(name = "ticket_id", nullable = false)\n    private BigInteger ticketId;')
        assert generated.contains('@Id(generated = true)\n    @Column(name = "id")\n    private Long id;') // int unsigned
        assert generated.contains('@Column(name = "permissions", nullable = false, hasDefault = true)\n    private String permissions;')
        assert generated.contains('@Column(name = "views", nullable = false, hasDefault = true)\n    private Long views;') // int unsigned
        assert generated.contains('@Column(name = "flags", sqlType = "bit(12)")\n    private byte[] flags;')
        assert generated.contains('@Column(name = "opened")\n    private Integer opened;') // year
        assert generated.contains('@Column(name = "payload")\n    private String payload;') // MariaDB's JSON is LONGTEXT
    }
    // the IT's own tests ran against every generated entity and passed
    // enum columns become a generated Java enum (issue 11 item 5)
    def enumFile = new File(model, 'IncidentState.java')
    assert enumFile.isFile()
    assert enumFile.text.contains('@EnumValue("in progress")\n    IN_PROGRESS')
    assert generated.contains('private IncidentState state;')
    if (kind == 'postgres') {
        assert generated.contains('private IncidentState previousState;') // one Java enum per enum type
    }
    for (test in ['EndToEndTest': 2, 'ColumnTypesTest': 1, 'EnumColumnsTest': 1, 'UniqueKeyIdentityTest': 1]) {
        def report = new File(basedir, "target/surefire-reports/TEST-it.${test.key}.xml")
        assert report.isFile()
        assert report.text.contains("tests=\"${test.value}\"") && report.text.contains('failures="0"') && report.text.contains('errors="0"')
    }
    return true
} finally {
    ItDatabases.drop(kind, database)
}
