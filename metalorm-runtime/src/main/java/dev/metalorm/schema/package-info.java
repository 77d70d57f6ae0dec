/** MetalORM's schema style: {@link dev.metalorm.schema.Schema#defineTable} and {@link dev.metalorm.schema.Row}. */
package dev.metalorm.schema;
