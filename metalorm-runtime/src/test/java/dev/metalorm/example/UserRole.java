package dev.metalorm.example;

import dev.metalorm.annotation.BelongsTo;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.BelongsToReference;
import java.time.LocalDateTime;

@Entity("users_roles")
public class UserRole {
    @Id
    @Column(name = "user_id")
    private Integer userId;
    @Id
    @Column(name = "role_id")
    private Integer roleId;
    @Column(name = "assigned_at")
    private LocalDateTime assignedAt;
    @BelongsTo(target = User.class, foreignKey = "user_id")
    private BelongsToReference<User> user;
    @BelongsTo(target = Role.class, foreignKey = "role_id")
    private BelongsToReference<Role> role;

    public Integer getUserId() {
        return userId;
    }

    public void setUserId(Integer userId) {
        this.userId = userId;
    }

    public Integer getRoleId() {
        return roleId;
    }

    public void setRoleId(Integer roleId) {
        this.roleId = roleId;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public void setAssignedAt(LocalDateTime assignedAt) {
        this.assignedAt = assignedAt;
    }

    public BelongsToReference<User> getUser() {
        return user;
    }

    public BelongsToReference<Role> getRole() {
        return role;
    }
}
