package vn.khien.systems.domain;

/** A part of a system with its own level; the system takes the highest (Decree 85/2016 Art. 6). */
public record Component(String name, String description, int level) {}
