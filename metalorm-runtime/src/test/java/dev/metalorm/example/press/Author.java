package dev.metalorm.example.press;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.HasOne;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.HasOneReference;
import java.time.LocalDate;

@Entity("authors")
public class Author {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "email", nullable = false)
    private String email;
    @Column(name = "active", nullable = false)
    private Boolean active;
    @Column(name = "joined_on")
    private LocalDate joinedOn;
    @Column(name = "karma", nullable = false)
    private Integer karma;
    @Column(name = "mentor_id")
    private Integer mentorId;
    @HasMany(target = Article.class, foreignKey = "author_id")
    private HasManyCollection<Article> articles;
    @HasOne(target = Biography.class, foreignKey = "author_id")
    private HasOneReference<Biography> biography;
    @BelongsTo(target = Author.class, foreignKey = "mentor_id")
    private BelongsToReference<Author> mentor;
    @HasMany(target = Author.class, foreignKey = "mentor_id")
    private HasManyCollection<Author> mentees;

    public Author() {
    }

    public Author(String name, String email) {
        this.name = name;
        this.email = email;
        this.active = true;
        this.karma = 0;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public Integer getKarma() {
        return karma;
    }

    public void setKarma(Integer karma) {
        this.karma = karma;
    }

    public Integer getMentorId() {
        return mentorId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public HasManyCollection<Article> getArticles() {
        return articles;
    }

    public HasOneReference<Biography> getBiography() {
        return biography;
    }

    public BelongsToReference<Author> getMentor() {
        return mentor;
    }

    public HasManyCollection<Author> getMentees() {
        return mentees;
    }

    @Override
    public String toString() {
        return "Author[" + id + ", " + name + "]";
    }
}
