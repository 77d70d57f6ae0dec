package dev.metalorm.bench.relations.mo;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;
import java.time.LocalDateTime;

/** The pivot, with a payload column. */
@Entity("users_roles")
public class MUserRole {
    @Id
    @Column(name = "user_id")
    private Integer userId;
    @Id
    @Column(name = "role_id")
    private Integer roleId;
    @Column(name = "assigned_at")
    private LocalDateTime assignedAt;
    @BelongsTo(target = MUser.class, foreignKey = "user_id")
    private BelongsToReference<MUser> user;
    @BelongsTo(target = MRole.class, foreignKey = "role_id")
    private BelongsToReference<MRole> role;
}
