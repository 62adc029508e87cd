package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRulesTest {

  /** A ruled grid drawn rotated by {@code slope}; the top rule starts {@code topShort} px right of the left border. */
  private static BufferedImage grid(double[] xs, double[] ys, double slope, double topShort) {
    BufferedImage image = new BufferedImage(2481, 3507, BufferedImage.TYPE_BYTE_GRAY);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(3));
    double left = xs[0];
    double right = xs[xs.length - 1];
    for (int i = 0; i < ys.length; i++) {
      double from = i == 0 ? left + topShort : left;
      g.draw(new Line2D.Double(from, ys[i] + slope * from, right, ys[i] + slope * right));
    }
    for (double x : xs) {
      double top = ys[0] + slope * x;
      double bottom = ys[ys.length - 1] + slope * x;
      g.draw(new Line2D.Double(x - slope * top, top, x - slope * bottom, bottom));
    }
    g.dispose();
    return image;
  }

  @Test
  void aRotatedTableKeepsItsBorderColumnsAndEachVerticalRuleIsOneColumn() {
    double[] xs = {330, 480, 1150, 1880, 2270};
    double[] ys = {550, 800, 1100, 1450, 1900, 2400};
    double slope = 0.0087; // 0.5°
    BufferedImage image = grid(xs, ys, slope, 40);
    List<TableRules.Table> tables = TableRules.eraseAndFind(image, 300);
    assertThat(tables).hasSize(1);
    TableRules.Table table = tables.get(0);
    assertThat(table.rows()).hasSize(ys.length);
    assertThat(table.columns()).hasSize(xs.length);
    // the columns, fitted through all their pieces, stay on the drawn lines at the bottom of the table
    double y = ys[ys.length - 2] + 100;
    for (int i = 0; i < xs.length; i++) {
      double drawn = xs[i] - slope * (y);
      assertThat(table.columns().get(i).at(y)).isBetween(drawn - 4, drawn + 4);
    }
    // a word in the narrow first column, in the last row, is in column 0 of that row
    double cx = (xs[0] + xs[1]) / 2 - slope * 2300;
    assertThat(table.row(cx, 2300)).isEqualTo(ys.length - 2);
    assertThat(table.column(cx, 2300)).isZero();
  }

  @Test
  void aCodeCellLosesTheSpecksReadBesideTheCode() {
    PageWord d = new PageWord(1, 10, 10, 20, 30, "D", 40);
    PageWord two = new PageWord(1, 30, 10, 40, 30, "2", 90);
    PageWord colon = new PageWord(1, 50, 10, 55, 30, ":", 30);
    PageWord code = new PageWord(1, 30, 10, 60, 30, "1.2", 90);
    PageWord word = new PageWord(1, 70, 10, 120, 30, "Sở", 90);
    assertThat(ScanReader.codeAlone(List.of(d, two))).containsExactly(two);
    assertThat(ScanReader.codeAlone(List.of(code, colon))).containsExactly(code);
    assertThat(ScanReader.codeAlone(List.of(code, word))).containsExactly(code, word);
    assertThat(ScanReader.codeAlone(List.of(two, code))).containsExactly(two, code);
    assertThat(ScanReader.codeAlone(List.of(d, colon))).containsExactly(d, colon);
  }
}
