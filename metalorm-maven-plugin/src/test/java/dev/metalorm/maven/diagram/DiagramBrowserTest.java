package dev.metalorm.maven.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.metalorm.maven.config.ReverseConfig;
import dev.metalorm.maven.pipeline.ReversePipeline;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo schema's {@code model.html} in a real headless browser, Debian's Chromium: the page the plugin writes for
 * the README's demo database (H2, {@code demo/demo.sql}) must draw every entity and relation as SVG, offline from
 * {@code file://}, and look like the screenshot checked in as {@code src/test/resources/diagram/demo-model.png}
 * (compared tolerantly: fonts and anti-aliasing differ a little between machines).
 *
 * <p>Skipped, with a message, where {@code /usr/bin/chromium} is missing: {@code apt-get install -y chromium} enables it
 * (CI does not install it). {@code -Dmetalorm.updateScreenshot=true} rewrites the checked-in screenshot; look at it
 * before committing. The files of a run stay in {@code target/diagram-browser/} (page, DOM, screenshot, difference).
 */
class DiagramBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path OUT = Path.of("target", "diagram-browser").toAbsolutePath();
    static final Path SCREENSHOT = Path.of("src", "test", "resources", "diagram", "demo-model.png");
    static final int WIDTH = 1400;
    static final int HEIGHT = 900;

    @BeforeAll
    static void reverseTheDemo() throws IOException {
        assumeThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is not installed (/usr/bin/chromium): this browser check of model.html is skipped."
                        + " Run apt-get install -y chromium, then this test again.").isTrue();
        deleteRecursively(OUT);
        reverseDemo(OUT);
    }

    /** Runs the plugin's pipeline on the README's demo database; the diagram goes to {@code out/metalorm}. */
    static void reverseDemo(Path out) {
        Path demoSql = Path.of("..", "demo", "demo.sql").toAbsolutePath().normalize();
        assertThat(demoSql).exists();
        ReversePipeline.standard().run(ReverseConfig.builder()
                .url("jdbc:h2:mem:diagram_" + out.getFileName().toString().replaceAll("\\W", "_") + ";DATABASE_TO_LOWER=TRUE;INIT=RUNSCRIPT FROM '"
                        + demoSql.toString().replace("'", "''") + "'")
                .user("sa").packageName("dev.metalorm.demo").outputDirectory(out.resolve("src"))
                .diagramDirectory(out.resolve("metalorm")).build());
    }

    @Test
    void theDemoPageDrawsEveryEntityAndRelationOffline() throws Exception {
        String dom = chromium("--dump-dom");
        Files.writeString(OUT.resolve("model.dom.html"), dom);
        assertThat(dom).as("rendered without errors (see %s)", OUT.resolve("model.dom.html")).contains("data-rendered=\"all\"")
                .doesNotContain("class=\"error\"");
        String svg = dom.substring(dom.indexOf("<svg"), dom.lastIndexOf("</svg>"));
        List<String> labels = texts(svg);
        assertThat(labels).contains("users", "posts", "profiles", "roles", "users_roles",
                "posts / user", "profile / user", "userRoles / user", "userRoles / role", "users / roles (via users_roles)",
                "PK", "FK", "UK", "email", "user_id", "role_id");
        // the relations: five lines, none dashed (the demo declares every key)
        assertThat(count(svg, "edge-pattern-solid relationshipLine")).isEqualTo(5);
        assertThat(count(svg, "edge-pattern-dashed relationshipLine")).isZero();
        // users to profiles: exactly one user, zero or one profile (hasOne); users to posts: zero or more
        assertThat(line(svg, "users", "profiles")).contains("_er-onlyOneStart)", "_er-zeroOrOneEnd)");
        assertThat(line(svg, "users", "posts")).contains("_er-onlyOneStart)", "_er-zeroOrMoreEnd)");
    }

    @Test
    void theDemoPageLooksLikeTheCheckedInScreenshot() throws Exception {
        Path shot = OUT.resolve("model.png");
        chromium("--screenshot=" + shot, "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars");
        BufferedImage actual = ImageIO.read(shot.toFile());
        assertThat(actual.getWidth()).isEqualTo(WIDTH);
        assertThat(actual.getHeight()).isEqualTo(HEIGHT);
        if (Boolean.getBoolean("metalorm.updateScreenshot")) {
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(shot, SCREENSHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        assertThat(SCREENSHOT).as("checked-in screenshot (create it with -Dmetalorm.updateScreenshot=true)").exists();
        BufferedImage expected = ImageIO.read(SCREENSHOT.toFile());
        ImageDifference difference = ImageDifference.of(expected, actual, 8);
        ImageIO.write(difference.image(), "png", OUT.resolve("model-difference.png").toFile());
        assertThat(difference.changedCells())
                .as("share of 8x8-pixel cells whose mean grey differs by more than %d of 255 from %s (actual %s, difference %s)",
                        ImageDifference.CELL_THRESHOLD, SCREENSHOT, shot, OUT.resolve("model-difference.png"))
                .isLessThanOrEqualTo(ImageDifference.MAX_CHANGED);
    }

    /** Runs Chromium headless on the page with the flags this machine needs; returns what it printed on stdout. */
    static String chromium(String... action) throws Exception {
        Path profile = Files.createTempDirectory(OUT, "chromium-profile-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=20000"));
        command.addAll(List.of(action));
        command.add(OUT.resolve("metalorm/model.html").toUri().toString());
        Path stdout = Files.createTempFile(OUT, "chromium-", ".out");
        Path stderr = OUT.resolve("chromium.log");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + String.join(" ", command) + " (log " + stderr + ")");
        }
        assertThat(process.exitValue()).as("Chromium's exit code (log %s)", stderr).isZero();
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        deleteRecursively(profile);
        return out;
    }

    private static long count(String svg, String text) {
        return Pattern.compile(Pattern.quote(text)).matcher(svg).results().count();
    }

    /** The path element of the line from one entity to another (Mermaid names it after both). */
    private static String line(String svg, String from, String to) {
        Matcher m = Pattern.compile("<path [^>]*data-id=\"id_entity-" + from + "-\\d+_entity-" + to + "-\\d+_\\d+\"[^>]*>").matcher(svg);
        assertThat(m.find()).as("a line from %s to %s", from, to).isTrue();
        return m.group();
    }

    /** The text of every {@code <text>}, {@code <span>} and {@code <p>} element, entities decoded. */
    static List<String> texts(String svg) {
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<(?:span|p|text|tspan)\\b[^>]*>([^<]+)<").matcher(svg);
        while (m.find()) {
            texts.add(m.group(1).trim().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return texts;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Two images compared in cells of grey: tolerant of anti-aliasing, not of a moved or missing box, line or label. */
    record ImageDifference(double changedCells, BufferedImage image) {
        static final int CELL_THRESHOLD = 24;
        /** At most this share of cells may differ: a missing label of a few words is more. */
        static final double MAX_CHANGED = 0.002;

        static ImageDifference of(BufferedImage expected, BufferedImage actual, int cell) {
            int w = Math.min(expected.getWidth(), actual.getWidth());
            int h = Math.min(expected.getHeight(), actual.getHeight());
            BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int cells = 0;
            int changed = 0;
            for (int y = 0; y + cell <= h; y += cell) {
                for (int x = 0; x + cell <= w; x += cell) {
                    double a = meanGrey(expected, x, y, cell);
                    double b = meanGrey(actual, x, y, cell);
                    boolean differs = Math.abs(a - b) > CELL_THRESHOLD;
                    cells++;
                    changed += differs ? 1 : 0;
                    int grey = (int) Math.round(b * 0.3 + 178);
                    int rgb = differs ? 0xFF0000 : grey << 16 | grey << 8 | grey;
                    for (int dy = 0; dy < cell; dy++) {
                        for (int dx = 0; dx < cell; dx++) {
                            diff.setRGB(x + dx, y + dy, rgb);
                        }
                    }
                }
            }
            // a size change is a difference everywhere the images do not overlap
            double outside = 1 - (double) w * h / ((double) Math.max(expected.getWidth(), actual.getWidth())
                    * Math.max(expected.getHeight(), actual.getHeight()));
            return new ImageDifference(Math.min(1, (double) changed / Math.max(1, cells) + outside), diff);
        }

        private static double meanGrey(BufferedImage image, int x0, int y0, int cell) {
            double sum = 0;
            for (int y = y0; y < y0 + cell; y++) {
                for (int x = x0; x < x0 + cell; x++) {
                    int rgb = image.getRGB(x, y);
                    sum += 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
                }
            }
            return sum / (cell * cell);
        }
    }
}
