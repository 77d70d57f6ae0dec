package dev.metalorm.bench.writes.mo;

import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.ManyToManyCollection;
import java.time.LocalDateTime;

/** The user as the reverse goal generates it: a generated key, relation wrappers. */
@Entity("users")
public class WUser {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "email", nullable = false)
    private String email;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @HasMany(target = WPost.class, foreignKey = "user_id")
    private HasManyCollection<WPost> posts;
    @BelongsToMany(target = WRole.class, pivotTable = WUserRole.class, pivotForeignKeyToRoot = "user_id",
            pivotForeignKeyToTarget = "role_id")
    private ManyToManyCollection<WRole> roles;

    public WUser() {
    }

    public WUser(String email, LocalDateTime createdAt) {
        this.email = email;
        this.createdAt = createdAt;
    }

    public Integer getId() {
        return id;
    }

    public HasManyCollection<WPost> getPosts() {
        return posts;
    }

    public ManyToManyCollection<WRole> getRoles() {
        return roles;
    }
}
