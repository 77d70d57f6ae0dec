package dev.metalorm.bench.relations.hb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Hibernate's user: the same shape, lazy collections fetched in batches (default_batch_fetch_size). */
@Entity
@Table(name = "users")
public class HUser {
    @Id
    private Integer id;
    @Column(name = "email", nullable = false)
    private String email;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @OneToMany(mappedBy = "author")
    @OrderBy("id")
    private List<HPost> posts = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "users_roles", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    @OrderBy("id")
    private List<HRole> roles = new ArrayList<>();

    public Integer getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public List<HPost> getPosts() {
        return posts;
    }

    public List<HRole> getRoles() {
        return roles;
    }
}
