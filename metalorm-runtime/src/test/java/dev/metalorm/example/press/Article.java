package dev.metalorm.example.press;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.ManyToManyCollection;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity("articles")
public class Article {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "author_id", nullable = false)
    private Integer authorId;
    @Column(name = "title", nullable = false)
    private String title;
    @Column(name = "published", nullable = false)
    private Boolean published;
    @Column(name = "views", nullable = false)
    private Integer views;
    @Column(name = "rating")
    private BigDecimal rating;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "editor_id")
    private Integer editorId;
    @BelongsTo(target = Author.class, foreignKey = "author_id")
    private BelongsToReference<Author> author;
    @BelongsTo(target = Author.class, foreignKey = "editor_id")
    private BelongsToReference<Author> editor;
    @HasMany(target = Comment.class, foreignKey = "article_id")
    private HasManyCollection<Comment> comments;
    @BelongsToMany(target = Tag.class, pivotTable = ArticleTag.class, pivotForeignKeyToRoot = "article_id",
            pivotForeignKeyToTarget = "tag_id")
    private ManyToManyCollection<Tag> tags;

    public Integer getId() {
        return id;
    }

    public Integer getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Integer authorId) {
        this.authorId = authorId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Boolean getPublished() {
        return published;
    }

    public void setPublished(Boolean published) {
        this.published = published;
    }

    public Integer getViews() {
        return views;
    }

    public void setViews(Integer views) {
        this.views = views;
    }

    public BigDecimal getRating() {
        return rating;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public BelongsToReference<Author> getAuthor() {
        return author;
    }

    public Integer getEditorId() {
        return editorId;
    }

    public BelongsToReference<Author> getEditor() {
        return editor;
    }

    public HasManyCollection<Comment> getComments() {
        return comments;
    }

    public ManyToManyCollection<Tag> getTags() {
        return tags;
    }

    @Override
    public String toString() {
        return "Article[" + id + ", " + title + "]";
    }
}
