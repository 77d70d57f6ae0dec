package dev.metalorm.maven.naming;

import static dev.metalorm.maven.fixture.SnapshotFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.config.ColumnOverride;
import dev.metalorm.maven.config.JunctionChoice;
import dev.metalorm.maven.config.Overrides;
import dev.metalorm.maven.config.RelationOverride;
import dev.metalorm.maven.config.TableOverride;
import dev.metalorm.maven.diagnostic.Diagnostic;
import dev.metalorm.maven.fixture.DescribeModel;
import dev.metalorm.maven.fixture.SnapshotFixture;
import dev.metalorm.maven.infer.InferenceResult;
import dev.metalorm.maven.infer.Relation;
import dev.metalorm.maven.infer.RelationInferrer;
import dev.metalorm.maven.infer.TableClassification;
import dev.metalorm.maven.snapshot.SchemaSnapshot;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityNamerTest {

    static NamedModel name(SchemaSnapshot s) {
        return name(s, Overrides.NONE);
    }

    static NamedModel name(SchemaSnapshot s, Overrides overrides) {
        NamedModel model = EntityNamer.name(s, RelationInferrer.infer(s, overrides), overrides, "com.example.model");
        if (model.diagnostics().stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
            GeneratedNamesCompileTest.assertValidAndUnique(model);
        }
        return model;
    }

    static EntityModel entity(NamedModel model, String className) {
        return model.entities().stream().filter(e -> e.className().equals(className)).findFirst().orElseThrow();
    }

    static List<String> diagnostics(NamedModel model) {
        return model.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    static SchemaSnapshot blog() {
        return schema()
                .table("users", t -> t.pk("id").col("email"))
                .table("posts", t -> t.pk("id").col("title").fk("author_id", "users"))
                .table("profiles", t -> t.pk("id").fk("user_id", "users").unique("user_id").col("bio"))
                .table("roles", t -> t.pk("id").col("name"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users").fk("role_id", "roles")
                        .col("assigned_at", Types.TIMESTAMP, "timestamp"))
                .build();
    }

    @Test
    void blogSchema() {
        NamedModel model = name(blog());
        assertThat(model.packageName()).isEqualTo("com.example.model");
        assertThat(DescribeModel.of(model)).isEqualTo("""
                Post (posts)
                  id: id [id, generated]
                  title: title
                  authorId: author_id
                  author: belongsTo User
                Profile (profiles)
                  id: id [id, generated]
                  userId: user_id
                  bio: bio
                  user: belongsTo User
                Role (roles)
                  id: id [id, generated]
                  name: name
                  userRoles: hasMany UserRole
                  users: belongsToMany User via UserRole
                User (users)
                  id: id [id, generated]
                  email: email
                  posts: hasMany Post
                  profile: hasOne Profile
                  roles: belongsToMany Role via UserRole
                  userRoles: hasMany UserRole
                UserRole (users_roles) junction
                  userId: user_id [id]
                  roleId: role_id [id]
                  assignedAt: assigned_at
                  role: belongsTo Role
                  user: belongsTo User
                """);
        assertThat(model.diagnostics()).isEmpty();

        EntityModel user = entity(model, "User");
        assertThat(user.relations()).extracting(RelationProperty::getterName)
                .containsExactly("getPosts", "getProfile", "getRoles", "getUserRoles");
        assertThat(user.properties()).extracting(PropertyModel::getterName, PropertyModel::setterName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("getId", "setId"), org.assertj.core.groups.Tuple.tuple("getEmail", "setEmail"));
        RelationProperty roles = user.relations().get(2);
        assertThat(roles.pivotClassName()).isEqualTo("UserRole");
        assertThat(roles.relation().pivotForeignKeyToRoot()).containsExactly("user_id");
        assertThat(user.relations().get(0).pivotClassName()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "users, User", "categories, Category", "people, Person", "statuses, Status", "addresses, Address",
            "order_items, OrderItem", "news_letters, NewsLetter", "OrderLines, OrderLine", "USERS, User",
            "ORDER_ITEMS, OrderItem", "user_accounts, UserAccount", "data, Data", "news, News", "children, Child",
            "string, StringEntity", "system, SystemEntity", "class, ClassEntity", "objects, ObjectEntity",
            "records, RecordEntity", "entity, EntityEntity", "columns, ColumnEntity", "2fa_codes, TwoFaCode",
            "sessions, SessionEntity", "queries, QueryEntity", "rows, RowEntity", "pages, PageEntity", "versions, VersionEntity",
            "\"order lines\", OrderLine", "Größen, Grossen"})
    void classNames(String table, String className) {
        NamedModel model = name(schema().table(table, t -> t.pk("id")).build());
        assertThat(model.entities()).singleElement().extracting(EntityModel::className).isEqualTo(className);
    }

    @Test
    void aTableWithoutPrimaryKeyIsIdentifiedByItsSmallestUniqueKeyOfNotNullColumns() {
        SchemaSnapshot s = schema()
                // code is nullable, so uq on it does not qualify; of the two NOT NULL keys the one-column key wins
                .table("countries", t -> t.col("code").unique("code").uniqueNamed("uq_countries_iso_num", "iso,num", false)
                        .uniqueNamed("uq_countries_uid", "uid", false).col("name"))
                .table("audit_log", t -> t.col("action"))
                .view("active_countries", t -> t.uniqueNamed("uq_v", "uid", false))
                .build();
        assertThat(DescribeModel.of(name(s))).contains("""
                Country (countries)
                  code: code
                  iso: iso
                  num: num
                  uid: uid [id]
                  name: name
                """).contains("""
                AuditLog (audit_log)
                  action: action
                """).doesNotContain("uid: uid [id]\n  ActiveCountr");
    }

    @Test
    void everyWordOfAJunctionNameIsSingularisedWhenEachIsATable() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("roles", t -> t.pk("id"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users").fk("role_id", "roles"))
                .table("users_settings", t -> t.pk("id"))
                .build();
        assertThat(name(s).entities()).extracting(EntityModel::className)
                .containsExactly("Role", "User", "UserRole", "UsersSetting");
    }

    @Test
    void h2UpperCaseNames() {
        SchemaSnapshot s = schema()
                .table("USERS", t -> t.pk("ID").col("EMAIL_ADDRESS"))
                .table("ROLES", t -> t.pk("ID"))
                .table("USER_ROLES", t -> t.pk("USER_ID,ROLE_ID").fk("USER_ID", "USERS").fk("ROLE_ID", "ROLES"))
                .table("POSTS", t -> t.pk("ID").fk("AUTHOR_ID", "USERS"))
                .build();
        assertThat(DescribeModel.of(name(s))).isEqualTo("""
                Post (POSTS)
                  id: ID [id, generated]
                  authorId: AUTHOR_ID
                  author: belongsTo User
                Role (ROLES)
                  id: ID [id, generated]
                  userRoles: hasMany UserRole
                  users: belongsToMany User via UserRole
                User (USERS)
                  id: ID [id, generated]
                  emailAddress: EMAIL_ADDRESS
                  posts: hasMany Post
                  roles: belongsToMany Role via UserRole
                  userRoles: hasMany UserRole
                UserRole (USER_ROLES) junction
                  userId: USER_ID [id]
                  roleId: ROLE_ID [id]
                  role: belongsTo Role
                  user: belongsTo User
                """);
    }

    @Test
    void camelCaseDatabaseNamesKeepTheirWords() {
        SchemaSnapshot s = schema()
                .table("Customers", t -> t.pk("customerId").col("firstName"))
                .table("OrderLines", t -> t.pk("lineId").fk("customerId", "Customers"))
                .build();
        assertThat(DescribeModel.of(name(s))).isEqualTo("""
                Customer (Customers)
                  customerId: customerId [id, generated]
                  firstName: firstName
                  orderLines: hasMany OrderLine
                OrderLine (OrderLines)
                  lineId: lineId [id, generated]
                  customerId: customerId
                  customer: belongsTo Customer
                """);
    }

    @Test
    void severalForeignKeysToOneParentAreNamedByRole() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("messages", t -> t.pk("id").fk("sender_id", "users").fk("recipient_id", "users").col("body"))
                .build();
        assertThat(DescribeModel.of(name(s))).isEqualTo("""
                Message (messages)
                  id: id [id, generated]
                  senderId: sender_id
                  recipientId: recipient_id
                  body: body
                  recipient: belongsTo User
                  sender: belongsTo User
                User (users)
                  id: id [id, generated]
                  messagesByRecipient: hasMany Message
                  messagesBySender: hasMany Message
                """);
    }

    @Test
    void selfReference() {
        SchemaSnapshot s = schema().table("employees", t -> t.pk("id").col("name").fk("manager_id", "employees")).build();
        assertThat(DescribeModel.of(name(s))).isEqualTo("""
                Employee (employees)
                  id: id [id, generated]
                  name: name
                  managerId: manager_id
                  employeesByManager: hasMany Employee
                  manager: belongsTo Employee
                """);
    }

    @Test
    void selfReferenceWithoutIdSuffixIsNamedByItsColumnWhoseFieldGetsTheIdSuffix() {
        SchemaSnapshot s = schema().table("categories", t -> t.pk("id").fk("parent", "categories")).build();
        assertThat(DescribeModel.of(name(s))).isEqualTo("""
                Category (categories)
                  id: id [id, generated]
                  parentId: parent
                  categoriesByParent: hasMany Category
                  parent: belongsTo Category
                """);
    }

    @Test
    void selfReferencingJunctions() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("friendships", t -> t.pk("user_id,friend_id").fk("user_id", "users").fk("friend_id", "users").col("since"))
                .table("follows", t -> t.pk("follower_id,followee_id").fk("follower_id", "users").fk("followee_id", "users"))
                .build();
        NamedModel model = name(s);
        assertThat(DescribeModel.entity(entity(model, "User"))).isEqualTo("""
                User (users)
                  id: id [id, generated]
                  followees: belongsToMany User via Follow
                  followers: belongsToMany User via Follow
                  followsByFollowee: hasMany Follow
                  followsByFollower: hasMany Follow
                  friends: belongsToMany User via Friendship
                  friendsOf: belongsToMany User via Friendship
                  friendshipsByFriend: hasMany Friendship
                  friendshipsByUser: hasMany Friendship
                """);
        RelationProperty friends = entity(model, "User").relations().stream().filter(r -> r.fieldName().equals("friends")).findFirst().orElseThrow();
        assertThat(friends.relation().pivotForeignKeyToRoot()).containsExactly("user_id");
        assertThat(friends.relation().pivotForeignKeyToTarget()).containsExactly("friend_id");
        assertThat(model.diagnostics()).isEmpty();
    }

    @Test
    void twoJunctionsBetweenTheSameTablesAreNamedByTheJunctionsRole() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("projects", t -> t.pk("id"))
                .table("project_members", t -> t.pk("user_id,project_id").fk("user_id", "users").fk("project_id", "projects"))
                .table("project_watchers", t -> t.pk("user_id,project_id").fk("user_id", "users").fk("project_id", "projects"))
                .build();
        NamedModel model = name(s);
        // project_members seen from projects: its users are the members; from users, the projects they are a member of
        assertThat(entity(model, "User").relations()).extracting(RelationProperty::fieldName).containsExactly(
                "memberProjects", "projectMembers", "projectWatchers", "watcherProjects");
        assertThat(entity(model, "Project").relations()).extracting(RelationProperty::fieldName).containsExactly(
                "members", "projectMembers", "projectWatchers", "watchers");
        assertThat(model.diagnostics()).noneMatch(d -> d.severity() != Diagnostic.Severity.INFO);
    }

    @Test
    void threeJunctionsBetweenTheSameTablesGetDistinctNamesByTheirRole() {
        // issue 13: a plain link, suggestions and notifications between users and item_uris failed the run
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("item_uris", t -> t.pk("id").col("uri"))
                .table("user_uris", t -> t.pk("user_id,uri_id").fk("user_id", "users").fk("uri_id", "item_uris"))
                .table("uri_suggestions", t -> t.pk("user_id,uri_id").fk("user_id", "users").fk("uri_id", "item_uris"))
                .table("notifications", t -> t.pk("uid,uri_id").fk("uid", "users").fk("uri_id", "item_uris"))
                .build();
        NamedModel model = name(s);
        assertThat(model.diagnostics()).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        assertThat(DescribeModel.entity(entity(model, "User"))).isEqualTo("""
                User (users)
                  id: id [id, generated]
                  notifications: hasMany Notification
                  notifiedUris: belongsToMany ItemUri via Notification
                  suggestedUris: belongsToMany ItemUri via UriSuggestion
                  uriSuggestions: hasMany UriSuggestion
                  uris: belongsToMany ItemUri via UserUri
                  userUris: hasMany UserUri
                """);
        assertThat(entity(model, "ItemUri").relations()).extracting(RelationProperty::fieldName).containsExactly(
                "notifications", "notifiedUsers", "suggestedUsers", "uriSuggestions", "userUris", "users");
        assertThat(DescribeModel.entity(entity(model, "Notification"))).isEqualTo("""
                Notification (notifications) junction
                  uid: uid [id]
                  uriId: uri_id [id]
                  uri: belongsTo ItemUri
                  user: belongsTo User
                """);
    }

    @Test
    void twoSelfReferencingJunctionsWithTheSameColumnsAreNamedByTheJunction() {
        // issue 16 item 13: friendships and blocks over people(person_id, related_person_id)
        SchemaSnapshot s = schema()
                .table("people", t -> t.pk("id").col("name"))
                .table("friendships", t -> t.pk("person_id,related_person_id").fk("person_id", "people").fk("related_person_id", "people"))
                .table("blocks", t -> t.pk("person_id,related_person_id").fk("person_id", "people").fk("related_person_id", "people"))
                .build();
        NamedModel model = name(s);
        assertThat(DescribeModel.entity(entity(model, "Person"))).isEqualTo("""
                Person (people)
                  id: id [id, generated]
                  name: name
                  blockedBy: belongsToMany Person via Block
                  blockedPeople: belongsToMany Person via Block
                  blocksByPerson: hasMany Block
                  blocksByRelatedPerson: hasMany Block
                  friends: belongsToMany Person via Friendship
                  friendsOf: belongsToMany Person via Friendship
                  friendshipsByPerson: hasMany Friendship
                  friendshipsByRelatedPerson: hasMany Friendship
                """);
        RelationProperty blocked = entity(model, "Person").relations().stream().filter(r -> r.fieldName().equals("blockedPeople"))
                .findFirst().orElseThrow();
        assertThat(blocked.relation().pivotForeignKeyToRoot()).containsExactly("person_id");
        assertThat(blocked.relation().pivotForeignKeyToTarget()).containsExactly("related_person_id");
        assertThat(model.diagnostics()).noneMatch(d -> d.severity() != Diagnostic.Severity.INFO);
    }

    @Test
    void foreignKeysWithoutIdSuffixTakeTheColumnsNameAndTheColumnFieldTakesId() {
        SchemaSnapshot s = schema()
                .table("area", t -> t.pk("id"))
                .table("users", t -> t.pk("id"))
                .table("tag", t -> t.pk("id"))
                .table("tags", t -> t.pk("id"))
                .table("artist", t -> t.pk("id").col("name").fk("area", "area"))
                .table("issues", t -> t.pk("id").fk("resolved_by", "users").fk("reported_by", "users").fk("editor", "users"))
                .table("labels", t -> t.pk("id").fk("a", "tag").fk("b", "tags"))
                .build();
        NamedModel model = name(s);
        assertThat(DescribeModel.entity(entity(model, "Artist"))).isEqualTo("""
                Artist (artist)
                  id: id [id, generated]
                  name: name
                  areaId: area
                  area: belongsTo Area
                """);
        assertThat(DescribeModel.entity(entity(model, "Issue"))).isEqualTo("""
                Issue (issues)
                  id: id [id, generated]
                  resolvedById: resolved_by
                  reportedById: reported_by
                  editorId: editor
                  editor: belongsTo User
                  reportedBy: belongsTo User
                  resolvedBy: belongsTo User
                """);
        assertThat(entity(model, "User").relations()).extracting(RelationProperty::fieldName)
                .containsExactly("issuesByEditor", "issuesReportedBy", "issuesResolvedBy");
        // two FKs without _id to tables whose singulars collide: each by its column
        assertThat(entity(model, "Label").relations()).extracting(RelationProperty::fieldName, RelationProperty::targetClassName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "Tag"), org.assertj.core.groups.Tuple.tuple("b", "Tags"));
        assertThat(entity(model, "Label").properties()).extracting(PropertyModel::fieldName).containsExactly("id", "aId", "bId");
        assertThat(model.diagnostics()).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    @Test
    void abbreviatedAndMarkedForeignKeyColumnsAreNamedAfterTheirTarget() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id").col("uuid").unique("uuid"))
                .table("contacts", t -> t.pk("id"))
                .table("countries", t -> t.pk("code"))
                .table("tickets", t -> t.pk("id").fk("uid", "users").fk("cid", "contacts").fk("assigned_uid", "users")
                        .fk("owner_uuid", "users", "uuid").fk("country_code", "countries").fk("authorid", "users"))
                .build();
        NamedModel model = name(s);
        assertThat(DescribeModel.entity(entity(model, "Ticket"))).isEqualTo("""
                Ticket (tickets)
                  id: id [id, generated]
                  uid: uid
                  cid: cid
                  assignedUid: assigned_uid
                  ownerUuid: owner_uuid
                  countryCode: country_code
                  authorid: authorid
                  assignedUser: belongsTo User
                  author: belongsTo User
                  contact: belongsTo Contact
                  country: belongsTo Country
                  owner: belongsTo User
                  user: belongsTo User
                """);
    }

    @Test
    void tablePrefixesAreLeftOutOfClassNamesAndTheirRelations() {
        SchemaSnapshot s = schema()
                .table("ACT_RU_EXECUTION", t -> t.pk("ID_").fk("PARENT_ID_", "ACT_RU_EXECUTION"))
                .table("ACT_RU_TASK", t -> t.pk("ID_").fk("EXECUTION_ID_", "ACT_RU_EXECUTION"))
                .table("ACT_RU_IDENTITYLINK", t -> t.pk("ID_").fk("TASK_ID_", "ACT_RU_TASK"))
                .table("ACT_HI_IDENTITYLINK", t -> t.pk("ID_"))
                .table("ACT_GE_PROPERTY", t -> t.pk("NAME_"))
                .build();
        NamedModel model = name(s, new Overrides(List.of(), List.of(), dev.metalorm.maven.config.TablePrefixes.parse("ACT_RU_,ACT_HI_")));
        assertThat(model.entities()).extracting(e -> e.table().name() + " " + e.className()).containsExactly(
                "ACT_GE_PROPERTY ActGeProperty", "ACT_RU_IDENTITYLINK ActRuIdentitylink", "ACT_RU_EXECUTION Execution",
                "ACT_HI_IDENTITYLINK Identitylink", "ACT_RU_TASK Task");
        assertThat(entity(model, "Task").relations()).extracting(RelationProperty::fieldName)
                .containsExactly("actRuIdentitylinks", "execution");
        assertThat(entity(model, "Execution").relations()).extracting(RelationProperty::fieldName)
                .containsExactly("executionsByParent", "parent", "tasks");
        assertThat(diagnostics(model)).containsExactly("WARNING table ACT_RU_IDENTITYLINK: is generated as class ActRuIdentitylink "
                + "because table ACT_HI_IDENTITYLINK is generated as Identitylink. Set a className override to choose another name.");
        // the regex form: one pattern for both
        NamedModel byRegex = name(s, new Overrides(List.of(), List.of(), dev.metalorm.maven.config.TablePrefixes.parse("^act_[a-z]{2}_")));
        assertThat(byRegex.entities()).extracting(EntityModel::className)
                .containsExactly("ActRuIdentitylink", "Execution", "Identitylink", "Property", "Task");
    }

    @Test
    void keywordRolesAreFollowedByTheirTarget() {
        SchemaSnapshot s = schema()
                .table("items", t -> t.pk("id"))
                .table("moves", t -> t.pk("id").fk("old_id", "items").fk("new_id", "items").col("private", Types.BOOLEAN, "boolean"))
                .build();
        NamedModel model = name(s);
        assertThat(DescribeModel.entity(entity(model, "Move"))).isEqualTo("""
                Move (moves)
                  id: id [id, generated]
                  oldId: old_id
                  newId: new_id
                  isPrivate: private
                  newItem: belongsTo Item
                  old: belongsTo Item
                """);
        assertThat(entity(model, "Item").relations()).extracting(RelationProperty::fieldName)
                .containsExactly("movesByNewItem", "movesByOld");
    }

    @Test
    void foreignKeyCycle() {
        SchemaSnapshot s = schema()
                .table("departments", t -> t.pk("id").fk("head_id", "employees"))
                .table("employees", t -> t.pk("id").fk("department_id", "departments"))
                .build();
        assertThat(DescribeModel.of(name(s))).isEqualTo("""
                Department (departments)
                  id: id [id, generated]
                  headId: head_id
                  employees: hasMany Employee
                  head: belongsTo Employee
                Employee (employees)
                  id: id [id, generated]
                  departmentId: department_id
                  department: belongsTo Department
                  departments: hasMany Department
                """);
    }

    @Test
    void relationNamedLikeAColumnGetsTheRefSuffix() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").col("author").fk("author_id", "users").col("user"))
                .table("comments", t -> t.pk("id").fk("user", "users"))
                .build();
        NamedModel model = name(s);
        assertThat(entity(model, "Post").relations()).extracting(RelationProperty::fieldName, RelationProperty::getterName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("authorRef", "getAuthorRef"));
        // the FK column user is no clash: it gives userId and its relation user
        assertThat(entity(model, "Comment").relations()).extracting(RelationProperty::fieldName).containsExactly("user");
        assertThat(entity(model, "Comment").properties()).extracting(PropertyModel::fieldName).containsExactly("id", "userId");
        assertThat(diagnostics(model)).containsExactly(
                "INFO relation posts.authorRef: relation posts:belongs_to:posts.fk_posts_author_id is named authorRef "
                        + "because column author gives the field author.");
    }

    @Test
    void aForeignKeyColumnBesideItsIdNamedTwinKeepsItsNameAndTheRelationTakesRef() {
        SchemaSnapshot s = schema()
                .table("area", t -> t.pk("id"))
                .table("artist", t -> t.pk("id").col("area_id", Types.INTEGER, "integer").fk("area", "area"))
                .build();
        NamedModel model = name(s);
        assertThat(entity(model, "Artist").properties()).extracting(PropertyModel::fieldName).containsExactly("id", "areaId", "area");
        assertThat(entity(model, "Artist").relations()).extracting(RelationProperty::fieldName).containsExactly("areaRef");
    }

    @Test
    void compositeForeignKeysAreNamedByTheirTarget() {
        SchemaSnapshot s = schema()
                .table("accounts", t -> t.pk("tenant_id,account_no"))
                .table("tags", t -> t.pk("id"))
                .table("account_tags", t -> t.pk("tenant_id,account_no,tag_id").fk("tenant_id,account_no", "accounts").fk("tag_id", "tags"))
                .table("transfers", t -> t.pk("id")
                        .fk("tenant_id,from_account", "accounts").fk("to_tenant,to_account", "accounts"))
                .build();
        NamedModel model = name(s);
        assertThat(DescribeModel.entity(entity(model, "AccountTag"))).isEqualTo("""
                AccountTag (account_tags) junction
                  tenantId: tenant_id [id]
                  accountNo: account_no [id]
                  tagId: tag_id [id]
                  account: belongsTo Account
                  tag: belongsTo Tag
                """);
        // no column of its own: <target>By<Columns>
        assertThat(entity(model, "Account").relations()).extracting(RelationProperty::fieldName).containsExactly(
                "accountTags", "tags", "transfersByAccountByTenantIdAndFromAccount", "transfersByAccountByToTenantAndToAccount");
        assertThat(entity(model, "Transfer").relations()).extracting(RelationProperty::fieldName).containsExactly(
                "accountByTenantIdAndFromAccount", "accountByToTenantAndToAccount");
        assertThat(model.diagnostics()).isEmpty();
    }

    @Test
    void compositeForeignKeysSharingATenantColumnAreNamedByTheirOwnColumn() {
        SchemaSnapshot s = schema()
                .table("accounts", t -> t.pk("tenant_id,id"))
                .table("transfers", t -> t.pk("id").col("tenant_id", Types.INTEGER, "integer")
                        .fk("tenant_id,from_account_id", "accounts").fk("tenant_id,to_account_id", "accounts"))
                .build();
        NamedModel model = name(s);
        assertThat(entity(model, "Transfer").relations()).extracting(RelationProperty::fieldName).containsExactly("fromAccount", "toAccount");
        assertThat(entity(model, "Account").relations()).extracting(RelationProperty::fieldName)
                .containsExactly("transfersByFromAccount", "transfersByToAccount");
    }

    @Test
    void cycleWhereAnInverseWantsTheNameOfABelongsTo() {
        // Sakila: staff.store_id -> store, and store.manager_staff_id -> staff, unique
        SchemaSnapshot s = schema()
                .table("store", t -> t.pk("id").fk("manager_staff_id", "staff").uniqueIndex("manager_staff_id"))
                .table("staff", t -> t.pk("id").fk("store_id", "store"))
                .table("a", t -> t.pk("id").fk("b_id", "b"))
                .table("b", t -> t.pk("id").fk("a_id", "a"))
                .build();
        NamedModel model = name(s);
        assertThat(DescribeModel.of(model)).isEqualTo("""
                A (a)
                  id: id [id, generated]
                  bId: b_id
                  b: belongsTo B
                  bs: hasMany B
                B (b)
                  id: id [id, generated]
                  aId: a_id
                  a: belongsTo A
                  as: hasMany A
                Staff (staff)
                  id: id [id, generated]
                  storeId: store_id
                  store: belongsTo Store
                  storeByManagerStaff: hasOne Store
                Store (store)
                  id: id [id, generated]
                  managerStaffId: manager_staff_id
                  managerStaff: belongsTo Staff
                  staff: hasMany Staff
                """);
        assertThat(diagnostics(model)).containsExactly(
                "INFO relation staff.storeByManagerStaff: relation staff:has_one:store.fk_store_manager_staff_id is named "
                        + "storeByManagerStaff because another relation of staff is also named store.");
    }

    @Test
    void keywordsJavaLangNamesAndOddCharacters() {
        SchemaSnapshot s = schema()
                .table("class", t -> t.pk("id").col("class").col("default").col("package").col("2fa_code")
                        .col("order date").col("Größe").col("record").col("enum").col("_").col("名前").col("%%"))
                .table("string", t -> t.pk("id").fk("class_id", "class"))
                .build();
        NamedModel model = name(s);
        assertThat(DescribeModel.of(model)).isEqualTo("""
                ClassEntity (class)
                  id: id [id, generated]
                  className: class
                  defaultValue: default
                  packageName: package
                  twoFaCode: 2fa_code
                  orderDate: order date
                  grosse: Größe
                  recordValue: record
                  enumValue: enum
                  column10: _
                  u540dU524d: 名前
                  column12: %%
                  strings: hasMany StringEntity
                StringEntity (string)
                  id: id [id, generated]
                  classId: class_id
                  classEntity: belongsTo ClassEntity
                """);
        assertThat(entity(model, "ClassEntity").properties()).extracting(PropertyModel::getterName)
                .contains("getClassName", "getDefaultValue", "getTwoFaCode")
                .doesNotContain("getClass");
        assertThat(entity(model, "StringEntity").relations()).extracting(RelationProperty::getterName).containsExactly("getClassEntity");
        assertThat(diagnostics(model)).containsExactly(
                "INFO table class: is generated as class ClassEntity: Class is a java.lang type or a type the generated sources or their users import.",
                "INFO table string: is generated as class StringEntity: String is a java.lang type or a type the generated sources or their users import.",
                "INFO column class.class: is generated as field className: class is a Java keyword, literal or restricted identifier.",
                "INFO column class.default: is generated as field defaultValue: default is a Java keyword, literal or restricted identifier.",
                "INFO column class.package: is generated as field packageName: package is a Java keyword, literal or restricted identifier.",
                "INFO column class.2fa_code: is generated as field twoFaCode: 2faCode starts with a number, which is spelled out.",
                "INFO column class.record: is generated as field recordValue: record is a Java keyword, literal or restricted identifier.",
                "INFO column class.enum: is generated as field enumValue: enum is a Java keyword, literal or restricted identifier.");
    }

    @Test
    void tableWithoutPrimaryKeyAndForeignKeyToAFilteredOutTable() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("audit_log", t -> t.fk("user_id", "users").fk("customer_id", "customers", "id").col("action"))
                .build();
        NamedModel model = name(s);
        assertThat(DescribeModel.of(model)).isEqualTo("""
                AuditLog (audit_log)
                  userId: user_id
                  customerId: customer_id
                  action: action
                  user: belongsTo User
                User (users)
                  id: id [id, generated]
                  auditLogs: hasMany AuditLog
                """);
    }

    @Test
    void tablesWithTheSameClassNameAreResolvedByRuleWithAWarning() {
        SchemaSnapshot s = schema()
                .table("user", t -> t.pk("id"))
                .table("users", t -> t.pk("id"))
                .table("USERS_", t -> t.pk("id"))
                .build();
        NamedModel model = name(s);
        assertThat(model.entities()).extracting(e -> e.table().name() + " " + e.className())
                .containsExactly("user User", "USERS_ User2", "users Users");
        assertThat(diagnostics(model)).containsExactly(
                "WARNING table users: is generated as class Users because table user is generated as User. Set a className override to choose another name.",
                "WARNING table USERS_: is generated as class User2 because table user is generated as User. Set a className override to choose another name.");
    }

    @Test
    void classNamesDifferingOnlyInCaseClash() {
        SchemaSnapshot s = schema()
                .table("user_s", t -> t.pk("id"))
                .table("users", t -> t.pk("id"))
                .build();
        assertThat(name(s).entities()).extracting(EntityModel::className).containsExactly("User", "UserS");
    }

    @Test
    void columnsWithTheSameFieldNameAreNumberedWithAWarning() {
        SchemaSnapshot s = schema().table("t", t -> t.pk("id").col("user_id").col("userId").col("USER ID")).build();
        NamedModel model = name(s);
        assertThat(model.entities().get(0).properties()).extracting(PropertyModel::fieldName)
                .containsExactly("id", "userId", "userId2", "userId3");
        assertThat(diagnostics(model)).containsExactly(
                "WARNING column t.userId: is generated as field userId2 because column user_id already gives field userId. "
                        + "Set a fieldName override to choose another name.",
                "WARNING column t.USER ID: is generated as field userId3 because column user_id already gives field userId. "
                        + "Set a fieldName override to choose another name.");
    }

    @Test
    void aForeignKeyDeclaredTwiceIsOneRelationWithAWarning() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id"))
                .table("posts", t -> t.pk("id").fkNamed("fk_a", "user_id", "users", "id").fkNamed("fk_b", "user_id", "users", "id"))
                .build();
        InferenceResult inference = RelationInferrer.infer(s, Overrides.NONE);
        NamedModel model = name(s);
        assertThat(entity(model, "Post").relations()).extracting(RelationProperty::fieldName, r -> r.relation().foreignKeyName())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user", "fk_a"));
        assertThat(entity(model, "User").relations()).extracting(RelationProperty::fieldName).containsExactly("posts");
        assertThat(model.diagnostics()).isEmpty();
        assertThat(inference.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "WARNING foreign key posts.fk_b: repeats fk_a (same columns (user_id) -> users): one relation is generated, from fk_a. "
                        + "Drop the redundant constraint.");
    }

    @Test
    void clashesNoRuleResolvesAreEachAnErrorWithTheOverrideToSet() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id").col("uuid").unique("uuid"))
                .table("posts", t -> t.pk("id").fk("owner_id", "users").fk("owner_uuid", "users", "uuid")
                        .fk("editor_id", "users").fk("editor_uuid", "users", "uuid"))
                .build();
        NamedModel model = name(s);
        assertThat(entity(model, "Post").relations()).hasSize(4);
        assertThat(diagnostics(model)).containsExactly(
                "ERROR relation posts.editor: relation posts:belongs_to:posts.fk_posts_editor_uuid and relation posts:belongs_to:posts.fk_posts_editor_id "
                        + "both want the field editor of table posts. Name one of them with a relation override (table posts, foreignKey fk_posts_editor_uuid, name).",
                "ERROR relation posts.owner: relation posts:belongs_to:posts.fk_posts_owner_uuid and relation posts:belongs_to:posts.fk_posts_owner_id "
                        + "both want the field owner of table posts. Name one of them with a relation override (table posts, foreignKey fk_posts_owner_uuid, name).",
                "ERROR relation users.postsByEditor: relation users:has_many:posts.fk_posts_editor_uuid and relation users:has_many:posts.fk_posts_editor_id "
                        + "both want the field postsByEditor of table users. Name one of them with a relation override (table posts, foreignKey fk_posts_editor_uuid, inverseName).",
                "ERROR relation users.postsByOwner: relation users:has_many:posts.fk_posts_owner_uuid and relation users:has_many:posts.fk_posts_owner_id "
                        + "both want the field postsByOwner of table users. Name one of them with a relation override (table posts, foreignKey fk_posts_owner_uuid, inverseName).");
    }

    @Test
    void overridesOfEveryKindWin() {
        Overrides overrides = new Overrides(
                List.of(
                        new TableOverride("users", "Account", JunctionChoice.INFER, List.of(
                                new ColumnOverride("email", "mail", null),
                                new ColumnOverride("id", null, "java.lang.Long"))),
                        new TableOverride("users_roles", null, JunctionChoice.INFER, List.of(
                                new ColumnOverride("assigned_at", null, "java.time.Instant")))),
                List.of(
                        new RelationOverride("posts", "fk_posts_author_id", "writer", "articles", null),
                        new RelationOverride("users_roles", "user_id", null, "grants", "permissions"),
                        new RelationOverride("profiles", "fk_profiles_user_id", null, "bio", null)));
        NamedModel model = name(blog(), overrides);
        assertThat(DescribeModel.of(model)).isEqualTo("""
                Account (users)
                  id: id [id, generated] as java.lang.Long
                  mail: email
                  articles: hasMany Post
                  bio: hasOne Profile
                  grants: hasMany UserRole
                  permissions: belongsToMany Role via UserRole
                Post (posts)
                  id: id [id, generated]
                  title: title
                  authorId: author_id
                  writer: belongsTo Account
                Profile (profiles)
                  id: id [id, generated]
                  userId: user_id
                  bio: bio
                  user: belongsTo Account
                Role (roles)
                  id: id [id, generated]
                  name: name
                  accounts: belongsToMany Account via UserRole
                  userRoles: hasMany UserRole
                UserRole (users_roles) junction
                  userId: user_id [id]
                  roleId: role_id [id]
                  assignedAt: assigned_at as java.time.Instant
                  role: belongsTo Role
                  user: belongsTo Account
                """);
        assertThat(model.diagnostics()).isEmpty();
    }

    @Test
    void junctionOverridesChangeTheRelationsNamed() {
        Overrides deny = new Overrides(List.of(new TableOverride("users_roles", null, JunctionChoice.DENY, List.of())), List.of());
        assertThat(entity(name(blog(), deny), "User").relations()).extracting(RelationProperty::fieldName)
                .containsExactly("posts", "profile", "userRoles");
        SchemaSnapshot orders = schema()
                .table("users", t -> t.pk("id"))
                .table("products", t -> t.pk("id"))
                .table("orders", t -> t.pk("id").fk("user_id", "users").fk("product_id", "products").col("quantity"))
                .build();
        Overrides force = new Overrides(List.of(new TableOverride("orders", null, JunctionChoice.FORCE, List.of())), List.of());
        assertThat(entity(name(orders, force), "User").relations()).extracting(RelationProperty::fieldName, RelationProperty::pivotClassName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orders", null), org.assertj.core.groups.Tuple.tuple("products", "Order"));
    }

    @Test
    void overridesThatCannotBeUsedAreErrorsNamingThem() {
        Overrides overrides = new Overrides(
                List.of(
                        new TableOverride("users", "String", JunctionChoice.INFER, List.of(
                                new ColumnOverride("email", "class", null),
                                new ColumnOverride("nickname", "nick", null))),
                        new TableOverride("roles", "Post", JunctionChoice.INFER, List.of()),
                        new TableOverride("profiles", "Post", JunctionChoice.INFER, List.of(new ColumnOverride("bio", "Class", null)))),
                List.of(
                        new RelationOverride("posts", "fk_posts_author_id", "title", "userRoles", null),
                        new RelationOverride("posts", "fk_nope", "x", null, null),
                        new RelationOverride("posts", "author_id", null, null, "many"),
                        new RelationOverride("ghosts", "fk", "x", null, null)));
        NamedModel model = name(blog(), overrides);
        assertThat(diagnostics(model)).containsExactly(
                "WARNING override of relation ghosts fk: names table ghosts, which is not in the snapshot, so it is ignored. "
                        + "Check the table name and the table filters.",
                "WARNING override of relation posts author_id: sets manyToManyName many but posts is not a junction, so it is ignored. "
                        + "Force the junction with a table override, or remove manyToManyName.",
                "ERROR override of relation posts fk_nope: table posts has no foreign key fk_nope; give a constraint name or its columns "
                        + "joined with \",\": fk_posts_author_id (author_id).",
                "ERROR override of table roles: className Post is also the className override of table profiles. Give the two tables "
                        + "different class names.",
                "ERROR override of table users: className String would shadow java.lang.String or a type the generated sources use. "
                        + "Choose another class name.",
                "WARNING table posts: is generated as class Posts because table profiles is generated as Post. "
                        + "Set a className override to choose another name.",
                "ERROR override of relation posts fk_posts_author_id (name): name title for relation posts:belongs_to:posts.fk_posts_author_id "
                        + "clashes with column title of posts. Choose another name.",
                "ERROR override of column profiles.bio: fieldName \"Class\" would give the getter getClass(), which Object declares final. "
                        + "Choose another field name.",
                "ERROR override of column users.nickname: table users has no column nickname. Check the column name.",
                "ERROR override of column users.email: fieldName \"class\" is a Java keyword, literal or restricted identifier. "
                        + "Choose another field name.",
                "INFO relation users.userRolesByUser: relation users:has_many:users_roles.fk_users_roles_user_id is named userRolesByUser "
                        + "because another relation of users is also named userRoles.");
        // the override wins; the rule-named relation it displaces takes its longer form
        assertThat(entity(model, "Posts").relations()).extracting(RelationProperty::fieldName).containsExactly("author");
        assertThat(model.entities()).filteredOn(e -> e.table().name().equals("users")).singleElement()
                .satisfies(e -> assertThat(e.relations()).extracting(RelationProperty::fieldName)
                        .containsExactly("post", "roles", "userRoles", "userRolesByUser"));
    }

    @Test
    void sameNamesWhateverTheOrderOfTheInferenceLists() {
        SchemaSnapshot s = blog();
        InferenceResult inference = RelationInferrer.infer(s, Overrides.NONE);
        List<Relation> relations = new ArrayList<>(inference.relations());
        List<TableClassification> tables = new ArrayList<>(inference.tables());
        Collections.reverse(relations);
        Collections.reverse(tables);
        InferenceResult reversed = new InferenceResult(tables, relations, inference.diagnostics());
        assertThat(EntityNamer.name(s, reversed, Overrides.NONE, "p")).isEqualTo(EntityNamer.name(s, inference, Overrides.NONE, "p"));
    }

    @Test
    void sameSchemaSameNamesWhateverTheInputOrder() {
        SchemaSnapshot s = schema()
                .table("users", t -> t.pk("id").col("class"))
                .table("user", t -> t.pk("id"))
                .table("roles", t -> t.pk("id"))
                .table("users_roles", t -> t.pk("user_id,role_id").fk("user_id", "users").fk("role_id", "roles"))
                .table("friendships", t -> t.pk("user_id,friend_id").fk("user_id", "users").fk("friend_id", "users"))
                .table("messages", t -> t.pk("id").fk("sender_id", "users").fk("recipient_id", "users").col("sender"))
                .table("employees", t -> t.pk("id").fk("manager_id", "employees").fk("user_id", "users").unique("user_id"))
                .table("posts", t -> t.pk("id").fkNamed("fk_a", "user_id", "users", "id").fkNamed("fk_b", "user_id", "users", "id"))
                .build();
        NamedModel expected = name(s);
        String expectedText = DescribeModel.of(expected);
        for (long seed = 1; seed <= 25; seed++) {
            NamedModel shuffled = name(SnapshotFixture.shuffled(s, seed));
            assertThat(DescribeModel.of(shuffled)).isEqualTo(expectedText);
            assertThat(shuffled.diagnostics()).isEqualTo(expected.diagnostics());
            assertThat(shuffled.entities()).extracting(EntityModel::relations).isEqualTo(expected.entities().stream().map(EntityModel::relations).toList());
        }
    }
}
