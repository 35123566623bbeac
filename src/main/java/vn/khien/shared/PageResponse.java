package vn.khien.shared;

import java.util.List;

/** The shape of every list in the API: {@code {"items": [...], "page": 0, "size": 50, "total": 1234}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {}
