package dev.metalorm.example;

import dev.metalorm.annotation.Column;
import dev.metalorm.annotation.Entity;
import dev.metalorm.annotation.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One field of every mapped type. */
@Entity("samples")
public class Sample {
    public enum Status { DRAFT, PUBLISHED }

    @Id(generated = true)
    @Column(name = "id")
    public Long id;
    @Column(name = "small_value")
    public Short smallValue;
    @Column(name = "int_value")
    public Integer intValue;
    @Column(name = "long_value")
    public Long longValue;
    @Column(name = "quantity")
    public int quantity;
    @Column(name = "price")
    public BigDecimal price;
    @Column(name = "ratio")
    public Double ratio;
    @Column(name = "score")
    public Float score;
    @Column(name = "name")
    public String name;
    @Column(name = "active")
    public Boolean active;
    @Column(name = "day_value")
    public LocalDate day;
    @Column(name = "time_value")
    public java.time.LocalTime timeValue;
    @Column(name = "at_local")
    public LocalDateTime atLocal;
    @Column(name = "at_offset")
    public OffsetDateTime atOffset;
    @Column(name = "at_instant")
    public Instant atInstant;
    @Column(name = "uuid_value")
    public UUID uuidValue;
    @Column(name = "data")
    public byte[] data;
    @Column(name = "doc", json = true)
    public String doc;
    @Column(name = "status")
    public Status status;
}
