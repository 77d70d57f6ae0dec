/** Typed queries ({@link dev.metalorm.query.Query}) and their conditions ({@link dev.metalorm.query.Where}). */
package dev.metalorm.query;
