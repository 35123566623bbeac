package vn.khien.systems.application;

import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/** Filters of the system list; null means "any". {@code sort}: name (default), code or level. */
public record SystemFilter(
        String text, SystemType type, Integer level, SystemStatus status, String ownerCode, String sort) {}
