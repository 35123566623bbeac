package vn.khien.shared;

/** Page number and size as asked by a client, clamped so that no list can be asked for whole. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static Paging of(Integer page, Integer size) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    public int totalPages(long total) {
        return (int) ((total + size - 1) / size);
    }
}
