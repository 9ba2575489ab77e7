package dev.boxoffice.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every web UI page shares, kept once: the head's icon and style sheet, the skip link with the site
 * header and its navigation, and the footer. They live under /ui/parts in the jar; a page names each with a
 * line {@code <!-- part: NAME -->}, and the server puts them in once, at start-up. The navigation link to the
 * page itself is marked {@code aria-current="page"}.
 */
final class PageLayout {
    private static final Pattern PART = Pattern.compile("(?m)^[ \\t]*<!-- part: ([a-z]+) -->\\n");

    private PageLayout() {
    }

    /**
     * The page served at {@code route}, read from the jar's {@code resource} with its parts put in.
     *
     * @throws IllegalStateException when the page, one of its parts or its own navigation link is missing
     */
    static byte[] page(String route, String resource) {
        Matcher m = PART.matcher(text(resource));
        StringBuilder html = new StringBuilder();
        while (m.find()) m.appendReplacement(html, Matcher.quoteReplacement(text("/ui/parts/" + m.group(1) + ".html")));
        m.appendTail(html);
        String link = "<li><a href=\"" + route + "\">";
        int at = html.indexOf(link);
        if (at < 0) throw new IllegalStateException("page " + resource + " has no navigation link to " + route);
        html.insert(at + link.length() - 1, " aria-current=\"page\"");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String resource) {
        try (InputStream in = PageLayout.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource + " in the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }
}
