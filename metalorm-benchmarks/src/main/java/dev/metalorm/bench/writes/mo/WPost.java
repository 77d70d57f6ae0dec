package dev.metalorm.bench.writes.mo;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;

@Entity("posts")
public class WPost {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "title")
    private String title;
    @Column(name = "content")
    private String content;
    @Column(name = "user_id", nullable = false)
    private Integer userId;
    @BelongsTo(target = WUser.class, foreignKey = "user_id")
    private BelongsToReference<WUser> author;

    public WPost() {
    }

    public WPost(String title, String content) {
        this.title = title;
        this.content = content;
    }
}
