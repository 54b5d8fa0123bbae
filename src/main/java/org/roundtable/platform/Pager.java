package org.roundtable.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The page links under a list that pages by address ({@code ?page=}): previous and next, the first and the last
 * page, and the pages around the current one, with a gap where pages are left out — a short row that fits a phone.
 * A list that stops counting at a limit has as many pages as the limit fills.
 *
 * @param page the page shown, from 1 (it may lie past the last page: a bookmark of a list that has since shrunk)
 * @param pages how many pages the rows fill (at least 1, so an empty list is its own page)
 */
public record Pager(int page, int pages) {

    /** How many pages are shown on each side of the current one. */
    static final int AROUND = 2;

    /** A page link, or a gap ({@code number} 0) where pages are left out. */
    public record Link(int number, boolean current) {
        public boolean isGap() {
            return number == 0;
        }
    }

    public Pager {
        if (page < 1 || pages < 1) {
            throw new IllegalArgumentException("page " + page + " of " + pages);
        }
    }

    /** The pages that {@code rows} fill at {@code size} a page, counting at most {@code limit} rows. */
    public static Pager of(int page, int size, long rows, long limit) {
        if (size < 1) {
            throw new IllegalArgumentException("size " + size);
        }
        long counted = Math.min(Math.max(rows, 0), limit);
        return new Pager(page, (int) Math.max(1, (counted + size - 1) / size));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** The page the "previous" link opens: the one before, or the last page when this one lies past it. */
    public int previous() {
        return Math.min(page - 1, pages);
    }

    public int next() {
        return page + 1;
    }

    /** Whether there is more than one page to choose from (a one-page list shows no links). */
    public boolean isPaged() {
        return pages > 1 || page > 1;
    }

    /** The first page, the pages around the current one, the last page, and a gap for each run left out. */
    public List<Link> getLinks() {
        List<Link> links = new ArrayList<>();
        int from = Math.max(1, Math.min(page, pages) - AROUND);
        int to = Math.min(pages, page + AROUND);
        if (from > 1) {
            links.add(new Link(1, page == 1));
            if (from > 2) {
                links.add(new Link(0, false));
            }
        }
        for (int n = from; n <= to; n++) {
            links.add(new Link(n, n == page));
        }
        if (to < pages) {
            if (to < pages - 1) {
                links.add(new Link(0, false));
            }
            links.add(new Link(pages, false));
        }
        return links;
    }
}
