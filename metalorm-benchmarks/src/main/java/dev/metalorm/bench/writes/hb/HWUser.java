package dev.metalorm.bench.writes.hb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Hibernate's user, set up as a team tuning Hibernate for bulk inserts would: keys from a sequence
 * with a pooled allocation of 1,000 (an IDENTITY key would turn JDBC batching off), cascade to posts.
 */
@Entity
@Table(name = "users")
public class HWUser {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 1000)
    private Integer id;
    @Column(name = "email", nullable = false)
    private String email;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @OneToMany(mappedBy = "author", cascade = jakarta.persistence.CascadeType.PERSIST)
    private List<HWPost> posts = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "users_roles", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private List<HWRole> roles = new ArrayList<>();

    protected HWUser() {
    }

    public HWUser(String email, LocalDateTime createdAt) {
        this.email = email;
        this.createdAt = createdAt;
    }

    public List<HWPost> getPosts() {
        return posts;
    }

    public List<HWRole> getRoles() {
        return roles;
    }
}
