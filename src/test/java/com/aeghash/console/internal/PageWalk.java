package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.BrowserSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operator paging through one console list: from its first page along the {@code rel="next"} links to the last,
 * reading on each page the rows a test made (by a marker pattern) within the list's section of the page (a page may
 * hold several lists, each with its own pager). Something can happen between the first and the second page load.
 */
final class PageWalk {

    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"");
    private static final Pattern FIRST = Pattern.compile("<a href=\"([^\"]+)\" rel=\"first\"");
    private static final int PAGES_MAX = 200;

    /** One page as loaded: the markers found in its list (in order, each once) and its links. */
    record Page(List<String> markers, String next, String first) {}

    private final BrowserSession browser;
    private final Pattern marker;
    private UnaryOperator<String> section = UnaryOperator.identity();
    private Runnable afterFirstPage = () -> {};

    PageWalk(BrowserSession browser, Pattern marker) {
        this.browser = browser;
        this.marker = marker;
    }

    /** Reads only the part of each page that holds the list (its rows and its pager). */
    PageWalk within(UnaryOperator<String> section) {
        this.section = section;
        return this;
    }

    /** Runs between loading the first page and the second (rows added while the operator reads). */
    PageWalk afterFirstPage(Runnable change) {
        this.afterFirstPage = change;
        return this;
    }

    /** The pages from {@code firstPage} to the last, each loaded with a 200. */
    List<Page> walk(String firstPage) {
        List<Page> pages = new ArrayList<>();
        String address = firstPage;
        while (address != null) {
            assertThat(pages).as("pages of " + firstPage).hasSizeLessThan(PAGES_MAX);
            HttpResponse<String> loaded = browser.get(address);
            assertThat(loaded.statusCode()).as(address + ": " + loaded.body()).isEqualTo(200);
            Page page = pageOf(section.apply(loaded.body()));
            pages.add(page);
            if (pages.size() == 1) {
                afterFirstPage.run();
            }
            address = page.next();
        }
        return pages;
    }

    /** Every marker of every page, in page order (a row shown twice appears twice). */
    static List<String> markers(List<Page> pages) {
        return pages.stream().flatMap(page -> page.markers().stream()).toList();
    }

    /**
     * The walk showed exactly {@code expected} in order (nothing twice, nothing skipped) over at least two pages: the
     * first without a link to itself, the following ones with one, the last without a next page.
     */
    static void assertShown(List<Page> pages, List<String> expected) {
        assertThat(pages).as("pages").hasSizeGreaterThanOrEqualTo(2);
        assertThat(markers(pages)).containsExactlyElementsOf(expected);
        assertThat(pages.get(0).first())
                .as("first page's link to the first page")
                .isNull();
        assertThat(pages.get(1).first())
                .as("second page's link to the first page")
                .isNotNull();
        assertThat(pages.get(pages.size() - 1).next())
                .as("last page's next link")
                .isNull();
    }

    /** The part of a page between two texts ({@code to} null: to its end). */
    static UnaryOperator<String> between(String from, String to) {
        return body -> {
            int start = body.indexOf(from);
            assertThat(start).as("the page holds " + from).isNotNegative();
            int end = to == null ? body.length() : body.indexOf(to, start);
            return body.substring(start, end < 0 ? body.length() : end);
        };
    }

    private Page pageOf(String list) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        Matcher rows = marker.matcher(list);
        while (rows.find()) {
            found.add(rows.group());
        }
        return new Page(List.copyOf(found), link(NEXT, list), link(FIRST, list));
    }

    private static String link(Pattern pattern, String list) {
        Matcher link = pattern.matcher(list);
        return link.find() ? link.group(1).replace("&amp;", "&") : null;
    }
}
