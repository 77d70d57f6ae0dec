package dev.metalorm.example;

import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Cascade;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.HasOne;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.HasOneReference;
import dev.metalorm.relation.ManyToManyCollection;
import java.time.LocalDateTime;

/** The generated half of {@link User} (generation gap): fields live here, @Entity on the subclass. */
public abstract class UserBase {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "email", nullable = false)
    private String email;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @HasMany(target = Post.class, foreignKey = "user_id", cascade = Cascade.ALL)
    private HasManyCollection<Post> posts;
    @HasOne(target = Profile.class, foreignKey = "user_id", cascade = Cascade.ALL)
    private HasOneReference<Profile> profile;
    @BelongsToMany(target = Role.class, pivotTable = UserRole.class, pivotForeignKeyToRoot = "user_id",
            pivotForeignKeyToTarget = "role_id")
    private ManyToManyCollection<Role> roles;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public HasManyCollection<Post> getPosts() {
        if (posts == null) {
            posts = HasManyCollection.unattached();
        }
        return posts;
    }

    public HasOneReference<Profile> getProfile() {
        if (profile == null) {
            profile = HasOneReference.unattached();
        }
        return profile;
    }

    public ManyToManyCollection<Role> getRoles() {
        if (roles == null) {
            roles = ManyToManyCollection.unattached();
        }
        return roles;
    }
}
