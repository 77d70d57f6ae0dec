package dev.metalorm.bench.relations.mo;

import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.HasMany;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.HasManyCollection;
import dev.metalorm.relation.ManyToManyCollection;
import java.time.LocalDateTime;

/** MetalORM's user: the shape the reverse goal generates (fields, relation wrappers). */
@Entity("users")
public class MUser {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "email", nullable = false)
    private String email;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @HasMany(target = MPost.class, foreignKey = "user_id")
    private HasManyCollection<MPost> posts;
    @BelongsToMany(target = MRole.class, pivotTable = MUserRole.class, pivotForeignKeyToRoot = "user_id",
            pivotForeignKeyToTarget = "role_id")
    private ManyToManyCollection<MRole> roles;

    public Integer getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public HasManyCollection<MPost> getPosts() {
        return posts;
    }

    public ManyToManyCollection<MRole> getRoles() {
        return roles;
    }
}
