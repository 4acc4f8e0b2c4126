package jp.mamori.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long list, read from the request's {@code page} and {@code size} and kept with every
 * other query parameter (the filters), so a list's HTML stays bounded however long the list is.
 * Lists held in memory are cut with {@link #slice}; lists in SQL use {@link #offset()} and {@link #size()}.
 */
public final class Pager {

    public static final List<Integer> SIZES = List.of(50, 100, 200);
    public static final int DEFAULT_SIZE = 100;

    private final int page;
    private final int size;
    private final long total;
    private final UriComponentsBuilder self;

    private Pager(int page, int size, long total, UriComponentsBuilder self) {
        this.size = size;
        this.total = Math.max(0, total);
        this.page = Math.min(Math.max(1, page), pages(this.total, size));
        this.self = self;
    }

    /** The page asked for in {@code request} (junk reads as the first page, an unknown size as the default). */
    public static Pager of(HttpServletRequest request, long total) {
        int size = number(request.getParameter("size"), DEFAULT_SIZE);
        if (!SIZES.contains(size)) {
            size = DEFAULT_SIZE;
        }
        UriComponentsBuilder self = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("size") && !name.startsWith("_")) {
                self.queryParam(name, (Object[]) values);
            }
        });
        return new Pager(number(request.getParameter("page"), 1), size, total, self);
    }

    private static int number(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public <T> List<T> slice(List<T> all) {
        int from = Math.min(offset(), all.size());
        return all.subList(from, Math.min(all.size(), from + size));
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public long total() {
        return total;
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int pages() {
        return pages(total, size);
    }

    private static int pages(long total, int size) {
        long pages = total / size + (total % size == 0 ? 0 : 1);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, pages));
    }

    /** 1-based number of the first row shown, 0 when there is none. */
    public long first() {
        return total == 0 ? 0 : offset() + 1L;
    }

    public long last() {
        return Math.min(total, (long) offset() + size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean isSeveral() {
        return pages() > 1;
    }

    /** The first, the last and the pages near this one; 0 marks a gap. */
    public List<Integer> window() {
        java.util.TreeSet<Integer> near = new java.util.TreeSet<>(List.of(1, pages()));
        for (int p = Math.max(1, page - 2); p <= Math.min(pages(), page + 2); p++) {
            near.add(p);
        }
        List<Integer> out = new ArrayList<>();
        int last = 0;
        for (int p : near) {
            if (last != 0 && p > last + 1) {
                out.add(0);
            }
            out.add(p);
            last = p;
        }
        return out;
    }

    /** This list's address on another page, filters kept. */
    public String link(int toPage) {
        return self.cloneBuilder().replaceQueryParam("page", toPage).replaceQueryParam("size", size).build().encode().toUriString();
    }

    /** This list's address with another page size, from its first page. */
    public String sizeLink(int toSize) {
        return self.cloneBuilder().replaceQueryParam("page", 1).replaceQueryParam("size", toSize).build().encode().toUriString();
    }

    /** The page and size as hidden fields or redirect parameters, so an action returns to the same page. */
    public String query() {
        return "page=" + page + "&size=" + size;
    }
}
