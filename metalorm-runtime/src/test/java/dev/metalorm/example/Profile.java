package dev.metalorm.example;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;

@Entity("profiles")
public class Profile {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "user_id")
    private Integer userId;
    @Column(name = "bio")
    private String bio;
    @BelongsTo(foreignKey = "user_id")
    private BelongsToReference<User> user;

    public Integer getId() {
        return id;
    }

    public Integer getUserId() {
        return userId;
    }

    public void setUserId(Integer userId) {
        this.userId = userId;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public BelongsToReference<User> getUser() {
        return user;
    }
}
