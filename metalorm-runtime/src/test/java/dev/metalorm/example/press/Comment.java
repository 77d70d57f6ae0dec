package dev.metalorm.example.press;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;

@Entity("comments")
public class Comment {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "article_id", nullable = false)
    private Integer articleId;
    @Column(name = "body", nullable = false)
    private String body;
    @Column(name = "approved", nullable = false)
    private Boolean approved;
    @BelongsTo(target = Article.class, foreignKey = "article_id")
    private BelongsToReference<Article> article;

    public Integer getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public Boolean getApproved() {
        return approved;
    }

    @Override
    public String toString() {
        return "Comment[" + id + ", " + body + "]";
    }
}
