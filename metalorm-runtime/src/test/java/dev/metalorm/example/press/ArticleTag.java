package dev.metalorm.example.press;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import java.time.LocalDateTime;

@Entity("article_tags")
public class ArticleTag {
    @Id
    @Column(name = "article_id")
    private Integer articleId;
    @Id
    @Column(name = "tag_id")
    private Integer tagId;
    @Column(name = "tagged_at")
    private LocalDateTime taggedAt;

    public Integer getArticleId() {
        return articleId;
    }

    public Integer getTagId() {
        return tagId;
    }
}
