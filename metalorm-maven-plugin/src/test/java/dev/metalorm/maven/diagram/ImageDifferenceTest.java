package dev.metalorm.maven.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The screenshot comparison of {@link DiagramBrowserTest}: blind to noise, not to a moved box or a missing label. */
class ImageDifferenceTest {
    private static BufferedImage page(int boxX, boolean label, long noiseSeed) {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(0x9370DB));
        g.drawRect(boxX, 40, 120, 80);
        g.setColor(Color.BLACK);
        if (label) {
            g.setFont(g.getFont().deriveFont(18f));
            g.drawString("users_roles", boxX + 10, 70);
        }
        g.dispose();
        Random random = new Random(noiseSeed);
        for (int i = 0; i < 2000; i++) {
            int x = random.nextInt(400);
            int y = random.nextInt(300);
            int rgb = image.getRGB(x, y) & 0xFF;
            int v = Math.max(0, Math.min(255, rgb + random.nextInt(41) - 20));
            image.setRGB(x, y, v << 16 | v << 8 | v);
        }
        return image;
    }

    @Test
    void anIdenticalPageAndAnAntiAliasedOneDoNotDiffer() {
        assertThat(DiagramBrowserTest.ImageDifference.of(page(40, true, 1), page(40, true, 1), 8).changedCells()).isZero();
        assertThat(DiagramBrowserTest.ImageDifference.of(page(40, true, 1), page(40, true, 2), 8).changedCells()).isLessThanOrEqualTo(DiagramBrowserTest.ImageDifference.MAX_CHANGED);
    }

    @Test
    void aMovedBoxAMissingLabelOrAnotherSizeDiffer() {
        assertThat(DiagramBrowserTest.ImageDifference.of(page(40, true, 1), page(200, true, 1), 8).changedCells())
                .isGreaterThan(DiagramBrowserTest.ImageDifference.MAX_CHANGED);
        assertThat(DiagramBrowserTest.ImageDifference.of(page(40, true, 1), page(40, false, 1), 8).changedCells())
                .isGreaterThan(DiagramBrowserTest.ImageDifference.MAX_CHANGED);
        BufferedImage smaller = page(40, true, 1).getSubimage(0, 0, 400, 200);
        assertThat(DiagramBrowserTest.ImageDifference.of(page(40, true, 1), smaller, 8).changedCells()).isGreaterThan(0.3);
    }
}
