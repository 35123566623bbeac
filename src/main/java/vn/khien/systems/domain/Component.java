package vn.khien.systems.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A part of a system with its own level; the system takes the highest (Decree 85/2016 Art. 6). */
@Table(schema = "systems", name = "system_component")
public record Component(String name, String description, int level) {}
