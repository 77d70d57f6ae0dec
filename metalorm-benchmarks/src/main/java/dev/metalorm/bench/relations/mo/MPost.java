package dev.metalorm.bench.relations.mo;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;

@Entity("posts")
public class MPost {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "title")
    private String title;
    @Column(name = "content")
    private String content;
    @Column(name = "user_id", nullable = false)
    private Integer userId;
    @BelongsTo(target = MUser.class, foreignKey = "user_id")
    private BelongsToReference<MUser> author;

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public Integer getUserId() {
        return userId;
    }

    public BelongsToReference<MUser> getAuthor() {
        return author;
    }
}
