package dev.metalorm.example.press;

import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.ManyToManyCollection;

@Entity("tags")
public class Tag {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "label", nullable = false)
    private String label;
    @BelongsToMany(target = Article.class, pivotTable = ArticleTag.class, pivotForeignKeyToRoot = "tag_id",
            pivotForeignKeyToTarget = "article_id")
    private ManyToManyCollection<Article> articles;

    public Tag() {
    }

    public Tag(Integer id, String label) {
        this.id = id;
        this.label = label;
    }

    public Integer getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public ManyToManyCollection<Article> getArticles() {
        return articles;
    }

    @Override
    public String toString() {
        return "Tag[" + id + ", " + label + "]";
    }
}
