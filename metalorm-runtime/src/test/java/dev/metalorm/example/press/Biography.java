package dev.metalorm.example.press;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;

@Entity("biographies")
public class Biography {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "author_id")
    private Integer authorId;
    @Column(name = "text")
    private String text;
    @BelongsTo(target = Author.class, foreignKey = "author_id")
    private BelongsToReference<Author> author;

    public Integer getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
