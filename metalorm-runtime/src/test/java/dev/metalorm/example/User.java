package dev.metalorm.example;

import dev.metalorm.annotation.Entity;

@Entity("users")
public class User extends UserBase {
    public User() {
    }

    public User(String email) {
        setEmail(email);
    }

    @Override
    public String toString() {
        return "User[" + getId() + ", " + getEmail() + "]";
    }
}
