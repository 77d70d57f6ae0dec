package dev.metalorm.bench.writes.mo;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;
import java.time.LocalDateTime;

/** The pivot, with a payload column that the links leave NULL (as the other contenders do). */
@Entity("users_roles")
public class WUserRole {
    @Id
    @Column(name = "user_id")
    private Integer userId;
    @Id
    @Column(name = "role_id")
    private Integer roleId;
    @Column(name = "assigned_at")
    private LocalDateTime assignedAt;
    @BelongsTo(target = WUser.class, foreignKey = "user_id")
    private BelongsToReference<WUser> user;
    @BelongsTo(target = WRole.class, foreignKey = "role_id")
    private BelongsToReference<WRole> role;
}
