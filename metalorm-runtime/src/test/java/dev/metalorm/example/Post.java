package dev.metalorm.example;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;

@Entity("posts")
public class Post {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "title")
    private String title;
    @Column(name = "content")
    private String content;
    @Column(name = "user_id", nullable = false)
    private Integer userId;
    @BelongsTo(target = User.class, foreignKey = "user_id")
    private BelongsToReference<User> author;

    public Post() {
    }

    public Post(String title) {
        this.title = title;
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Integer getUserId() {
        return userId;
    }

    public void setUserId(Integer userId) {
        this.userId = userId;
    }

    public BelongsToReference<User> getAuthor() {
        if (author == null) {
            author = BelongsToReference.unattached(); // a new post's, until it is persisted
        }
        return author;
    }

    @Override
    public String toString() {
        return "Post[" + id + ", " + title + "]";
    }
}
