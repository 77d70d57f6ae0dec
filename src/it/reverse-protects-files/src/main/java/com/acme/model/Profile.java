package com.acme.model;

/** Written by hand, without the generator's header: reverse must never overwrite it. */
public class Profile {
}
