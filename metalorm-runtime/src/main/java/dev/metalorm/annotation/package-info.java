/** MetalORM's decorator style in Java: {@code @Entity}, {@code @Id}, {@code @Column} and the four relation annotations. */
package dev.metalorm.annotation;
