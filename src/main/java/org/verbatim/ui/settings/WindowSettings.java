package org.verbatim.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the window remembers between runs: recent projects, theme, text size and layout.
 *
 * @param recent          project files, most recent first, at most {@value #MAX_RECENT}
 * @param theme           the colour theme
 * @param textSize        the reading panes' font size in points
 * @param bounds          the window's last position and size, or null for the default
 * @param maximized       whether the window was maximized
 * @param sideListShown   whether the reports list was open
 * @param panesDivider    the divider between the panes and the discrepancy list, 0–1
 */
public record WindowSettings(List<String> recent, Theme theme, double textSize, Bounds bounds, boolean maximized,
                             boolean sideListShown, double panesDivider) {

    public static final int MAX_RECENT = 10;
    public static final double MIN_TEXT = 9;
    public static final double MAX_TEXT = 28;
    public static final double DEFAULT_TEXT = 14;

    public static final WindowSettings DEFAULTS =
            new WindowSettings(List.of(), Theme.LIGHT, DEFAULT_TEXT, null, false, true, 0.62);

    /** Light or dark. */
    public enum Theme { LIGHT, DARK }

    /** A window's position and size on the screen. */
    public record Bounds(double x, double y, double width, double height) {}

    public WindowSettings {
        recent = recent == null ? List.of() : List.copyOf(recent.stream().filter(Objects::nonNull).toList());
        theme = theme == null ? Theme.LIGHT : theme;
        textSize = Double.isFinite(textSize) && textSize > 0
                ? Math.max(MIN_TEXT, Math.min(MAX_TEXT, textSize)) : DEFAULT_TEXT;
        panesDivider = Double.isFinite(panesDivider) && panesDivider > 0.1 && panesDivider < 0.95
                ? panesDivider : 0.62;
    }

    /** With {@code project} first in the recent list, once. */
    public WindowSettings withRecent(String project) {
        List<String> list = new ArrayList<>();
        list.add(project);
        recent.stream().filter(p -> !p.equals(project)).forEach(list::add);
        return new WindowSettings(list.subList(0, Math.min(MAX_RECENT, list.size())), theme, textSize, bounds,
                maximized, sideListShown, panesDivider);
    }

    /** Without {@code project} in the recent list (it was moved or deleted). */
    public WindowSettings withoutRecent(String project) {
        return new WindowSettings(recent.stream().filter(p -> !p.equals(project)).toList(), theme, textSize, bounds,
                maximized, sideListShown, panesDivider);
    }

    public WindowSettings withTheme(Theme t) {
        return new WindowSettings(recent, t, textSize, bounds, maximized, sideListShown, panesDivider);
    }

    public WindowSettings withTextSize(double size) {
        return new WindowSettings(recent, theme, size, bounds, maximized, sideListShown, panesDivider);
    }

    public WindowSettings withLayout(Bounds b, boolean max, boolean sideList, double divider) {
        return new WindowSettings(recent, theme, textSize, b, max, sideList, divider);
    }
}
