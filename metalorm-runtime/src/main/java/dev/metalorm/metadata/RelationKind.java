package dev.metalorm.metadata;

/** The four relation kinds, with how each style spells them (for messages). */
public enum RelationKind {
    HAS_MANY("@HasMany", "hasMany"),
    HAS_ONE("@HasOne", "hasOne"),
    BELONGS_TO("@BelongsTo", "belongsTo"),
    BELONGS_TO_MANY("@BelongsToMany", "belongsToMany");

    private final String annotation;
    private final String function;

    RelationKind(String annotation, String function) {
        this.annotation = annotation;
        this.function = function;
    }

    public String annotation() {
        return annotation;
    }

    public String function() {
        return function;
    }
}
