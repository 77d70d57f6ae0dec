/** Internal to the runtime; not API. */
package dev.metalorm.metadata;
