package dev.metalorm.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metalorm.maven.naming.NameLock;
import org.junit.jupiter.api.Test;

class SchemaDriftTest {
    private static final NameLock BEFORE = NameLock.parse("""
            table users = User
            table messages = Message
            table legacy_notes = LegacyNote
            column users.id = id : int(10) not null auto pk
            column users.email = email : varchar(100) not null
            column users.age = age : int(10)
            column messages.id = id : int(10) not null auto pk
            column messages.sender_id = senderId : int(10) not null
            column legacy_notes.id = id : int(10) not null auto pk
            relation messages(sender_id)->users = sender : belongsTo users
            relation users<-messages(sender_id) = messages : hasMany messages
            relation users<-legacy_notes(user_id) = legacyNotes : hasMany legacy_notes
            """, "before");

    private static final NameLock AFTER = NameLock.parse("""
            table users = User
            table messages = Message
            table tags = Tag
            column users.id = id : int(10) not null auto pk
            column users.email = email : varchar(255) not null
            column users.nickname = nickname : varchar(50)
            column messages.id = id : int(10) not null auto pk
            column messages.sender_id = senderId : int(10) not null
            column messages.recipient_id = recipientId : int(10) not null
            column tags.id = id : int(10) not null auto pk
            relation messages(sender_id)->users = sender : belongsTo users
            relation messages(recipient_id)->users = recipient : belongsTo users
            relation users<-messages(sender_id) = messages : hasOne messages
            relation users<-messages(recipient_id) = messagesByRecipient : hasMany messages
            """, "after");

    @Test
    void tablesColumnsAndRelationsAddedDroppedChanged() {
        SchemaDrift drift = SchemaDrift.between(BEFORE, AFTER);
        assertThat(drift.tablesAdded()).containsExactly("tags");
        assertThat(drift.tablesDropped()).containsExactly("legacy_notes");
        assertThat(drift.lines()).containsExactly(
                "+ table tags",
                "- table legacy_notes",
                "messages: + column recipient_id, + relation recipient -> users",
                "users: ~ column email (varchar(100) not null -> varchar(255) not null), + column nickname, - column age,"
                        + " - relation legacyNotes -> legacy_notes, ~ relation messages -> messages (hasMany -> hasOne),"
                        + " + relation messagesByRecipient -> messages");
        assertThat(drift.summary()).startsWith("+ table tags; - table legacy_notes; messages: + column recipient_id, ");
    }

    @Test
    void noChangeIsEmpty() {
        assertThat(SchemaDrift.between(AFTER, AFTER).isEmpty()).isTrue();
        assertThat(SchemaDrift.between(AFTER, AFTER).summary()).isEmpty();
    }
}
