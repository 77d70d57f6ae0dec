package dev.metalorm.bench.writes.hb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "roles")
public class HWRole {
    @Id
    private Integer id;
    @Column(name = "name")
    private String name;

    protected HWRole() {
    }
}
