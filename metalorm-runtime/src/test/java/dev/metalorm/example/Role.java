package dev.metalorm.example;

import dev.metalorm.annotation.BelongsToMany;
import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import dev.metalorm.relation.ManyToManyCollection;

@Entity("roles")
public class Role {
    @Id(generated = true)
    @Column(name = "id")
    private Integer id;
    @Column(name = "name")
    private String name;
    @BelongsToMany(target = User.class, pivotTable = UserRole.class, pivotForeignKeyToRoot = "role_id",
            pivotForeignKeyToTarget = "user_id")
    private ManyToManyCollection<User> users;

    public Role() {
    }

    public Role(String name) {
        this.name = name;
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

    public ManyToManyCollection<User> getUsers() {
        return users;
    }

    @Override
    public String toString() {
        return "Role[" + id + ", " + name + "]";
    }
}
