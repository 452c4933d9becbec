package org.verbatim.ui.view;

import java.util.function.DoubleConsumer;

import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A narrow bar beside a report's text showing where its variation lies: the darker a band, the more (and
 * more serious) the differences there. One hue in steps of strength, so it reads the same with any colour
 * vision and in grey. Clicking it calls back with how far down it was clicked (0 top, 1 bottom).
 */
public final class HeatStrip extends Region {

    public static final double WIDTH = 10;

    private double[] bins = new double[0];

    public HeatStrip(DoubleConsumer onJump) {
        getStyleClass().add("heat-strip");
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        Tooltip.install(this, new Tooltip("Where this report differs from the others; click to go there"));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getHeight() > 0) {
                onJump.accept(e.getY() / getHeight());
            }
        });
    }

    /** The weights to show, top first, each in [0, 1]. */
    public void setBins(double[] weights) {
        this.bins = weights == null ? new double[0] : weights.clone();
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        double h = getHeight();
        if (bins.length == 0 || h <= 0) {
            return;
        }
        double band = h / bins.length;
        for (int i = 0; i < bins.length; i++) {
            if (bins[i] <= 0) {
                continue;
            }
            Rectangle r = new Rectangle(1, i * band, WIDTH - 2, Math.max(2, band));
            r.getStyleClass().add("heat-" + Math.min(4, 1 + (int) (bins[i] * 4)));
            r.setMouseTransparent(true);
            getChildren().add(r);
        }
    }
}
