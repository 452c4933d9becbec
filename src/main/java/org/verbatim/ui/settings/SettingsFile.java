package org.verbatim.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The window's settings as a small properties file ({@code settings.properties} in the user's configuration
 * folder): plain text a person can read, and read at start-up in a millisecond, before the JSON library
 * has loaded.
 * A missing, unreadable or damaged file gives the defaults: losing a window size is not worth a dialog.
 * Saving writes a temporary file and moves it into place, so a crash never leaves half a file.
 */
public final class SettingsFile {

    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /**
     * The folder for the user's settings: the system property {@code verbatim.config.dir} when set (tests set
     * it), else {@code $XDG_CONFIG_HOME/verbatim}, else {@code ~/.config/verbatim}.
     */
    public static SettingsFile forUser() {
        String override = System.getProperty("verbatim.config.dir");
        Path dir;
        if (override != null && !override.isBlank()) {
            dir = Path.of(override);
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config"))
                    .resolve("verbatim");
        }
        return new SettingsFile(dir.resolve("settings.properties"));
    }

    public Path path() {
        return file;
    }

    public WindowSettings load() {
        if (!Files.isRegularFile(file)) {
            return WindowSettings.DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return fromProperties(p);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring unreadable settings " + file + ": " + e.getMessage());
            return WindowSettings.DEFAULTS;
        }
    }

    /** Saves, or logs why it could not: the window goes on either way. */
    public void save(WindowSettings settings) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "settings", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                toProperties(settings).store(out, "Verbatim window settings");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not save settings to " + file + ": " + e.getMessage());
        }
    }

    private static WindowSettings fromProperties(Properties p) {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < WindowSettings.MAX_RECENT; i++) {
            String r = p.getProperty("recent." + i);
            if (r != null && !r.isBlank()) {
                recent.add(r);
            }
        }
        WindowSettings.Theme theme = "dark".equalsIgnoreCase(p.getProperty("theme"))
                ? WindowSettings.Theme.DARK : WindowSettings.Theme.LIGHT;
        WindowSettings.Bounds bounds = null;
        if (p.getProperty("window.width") != null) {
            bounds = new WindowSettings.Bounds(number(p, "window.x", 0), number(p, "window.y", 0),
                    number(p, "window.width", 0), number(p, "window.height", 0));
        }
        return new WindowSettings(recent, theme, number(p, "text.size", WindowSettings.DEFAULT_TEXT), bounds,
                Boolean.parseBoolean(p.getProperty("window.maximized")),
                !"false".equals(p.getProperty("reports.list.shown")),
                number(p, "panes.divider", WindowSettings.DEFAULTS.panesDivider()));
    }

    private static Properties toProperties(WindowSettings s) {
        Properties p = new Properties();
        for (int i = 0; i < s.recent().size(); i++) {
            p.setProperty("recent." + i, s.recent().get(i));
        }
        p.setProperty("theme", s.theme() == WindowSettings.Theme.DARK ? "dark" : "light");
        p.setProperty("text.size", Double.toString(s.textSize()));
        if (s.bounds() != null) {
            p.setProperty("window.x", Double.toString(s.bounds().x()));
            p.setProperty("window.y", Double.toString(s.bounds().y()));
            p.setProperty("window.width", Double.toString(s.bounds().width()));
            p.setProperty("window.height", Double.toString(s.bounds().height()));
        }
        p.setProperty("window.maximized", Boolean.toString(s.maximized()));
        p.setProperty("reports.list.shown", Boolean.toString(s.sideListShown()));
        p.setProperty("panes.divider", Double.toString(s.panesDivider()));
        return p;
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            String v = p.getProperty(key);
            return v == null ? fallback : Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
