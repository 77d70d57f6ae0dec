package com.acme.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.metalorm.MetalOrm;
import dev.metalorm.Session;
import it.ItDataSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Step 5 of the IT: compiles only if regeneration kept every old name (messages, posts, user) and
 * the custom method, and added the new ones (nickname, recipient, messagesByRecipient,
 * likedPosts); then runs them against the runtime.
 */
class RegeneratedEntitiesTest {
    @Test
    void regeneratedEntitiesWorkWithTheRuntime() {
        MetalOrm orm = MetalOrm.builder(new ItDataSource()).entities(User.class, Post.class, Message.class, PostLike.class, Tag.class).build();
        Integer annId;
        Integer bobId;
        Integer postId;
        try (Session s = orm.openSession()) {
            User ann = new User();
            ann.setName("Ann");
            ann.setEmail("ann@example.com");
            ann.setNickname("annie");
            s.persist(ann);
            User bob = new User();
            bob.setName("Bob");
            bob.setEmail("bob@example.com");
            s.persist(bob);
            Post post = new Post();
            post.setTitle("Hello");
            s.persist(post);
            post.getUser().set(ann);
            Message message = new Message();
            message.setBody("hi Bob");
            s.persist(message);
            message.getSender().set(ann);
            message.getRecipient().set(bob);
            s.commit();
            annId = ann.getId();
            bobId = bob.getId();
            postId = post.getId();
        }
        try (Session s = orm.openSession()) {
            User bob = s.find(User.class, bobId);
            assertEquals("Bob <bob@example.com>", bob.displayName());
            assertEquals(List.of("hi Bob"), bob.getMessagesByRecipient().load().stream().map(Message::getBody).toList());
            assertEquals(0, bob.getMessages().load().size());
            s.find(Post.class, postId).getUsers().attach(bob);
            s.commit();
        }
        try (Session s = orm.openSession()) {
            User ann = s.find(User.class, annId);
            assertEquals("annie", ann.getNickname());
            assertEquals(List.of("hi Bob"), ann.getMessages().load().stream().map(Message::getBody).toList());
            assertEquals(List.of("Hello"), ann.getPosts().load().stream().map(Post::getTitle).toList());
            User bob = s.find(User.class, bobId);
            assertEquals(List.of("Hello"), bob.getLikedPosts().load().stream().map(Post::getTitle).toList());
            assertEquals(1, bob.getPostLikes().load().size());
        }
    }
}
