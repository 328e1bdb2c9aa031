package io.github.mnistdl4j.app.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A filled circle of its own diameter. XChart sets one marker size for a whole chart, so a
 * marker that ignores it is the way to draw large points and small dots in the same chart.
 */
final class Dot extends Marker {

  private final double diameter;

  Dot(double diameter) {
    this.diameter = diameter;
  }

  @Override
  public void paint(Graphics2D g, double xOffset, double yOffset, int ignoredMarkerSize) {
    g.setStroke(new BasicStroke(0f));
    double radius = diameter / 2;
    g.fill(new Ellipse2D.Double(xOffset - radius, yOffset - radius, diameter, diameter));
  }
}
