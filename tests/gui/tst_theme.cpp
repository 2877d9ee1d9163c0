// The window's look: dark by default around the pictures, with text that stays readable (WCAG contrast), and a
// light look on request.

#include "icons.h"
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QTest>

namespace {
// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    auto channel
        = [](double value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void darkFramesTheVideoAndStaysReadable()
    {
        Theme::apply(Theme::Choice::Dark);
        const QPalette palette = QApplication::palette();
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QVERIFY(palette.color(QPalette::Window).lightness() < 60);
        QVERIFY(palette.color(QPalette::Base).lightness() < 60);
        // Body text at AAA contrast on both backgrounds; disabled text still legible (3:1) but clearly dimmer.
        QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7);
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
        QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 3);
        const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
        QVERIFY(contrast(disabled, palette.color(QPalette::Window)) >= 3);
        QVERIFY(contrast(disabled, palette.color(QPalette::Window))
                < contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)));
        QVERIFY(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >= 3);
        // A dialog's "does not work" and "works" read on the dark window.
        QVERIFY(contrast(Theme::problemColor(palette), palette.color(QPalette::Window)) >= 4.5);
        QVERIFY(contrast(Theme::successColor(palette), palette.color(QPalette::Window)) >= 4.5);
    }

    void lightOnRequest()
    {
        Theme::apply(Theme::Choice::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(contrast(QApplication::palette().color(QPalette::WindowText),
                         QApplication::palette().color(QPalette::Window))
                >= 7);
        QVERIFY(contrast(Theme::problemColor(QApplication::palette()), QApplication::palette().color(QPalette::Window))
                >= 4.5);
        QVERIFY(contrast(Theme::successColor(QApplication::palette()), QApplication::palette().color(QPalette::Window))
                >= 4.5);
    }

    // Every icon is drawn, in the theme's text colour: light strokes on the dark window, dark ones on the light,
    // dimmer when disabled.
    void iconsAreDrawnInTheThemesTextColour()
    {
        const QStringList names = Icons::names();
        QVERIFY2(names.size() >= 18, qPrintable(names.join(u' ')));
        for (const Theme::Choice choice : {Theme::Choice::Dark, Theme::Choice::Light}) {
            Theme::apply(choice);
            const QPalette palette = QApplication::palette();
            for (const QString &name : names) {
                const QIcon icon = Icons::get(name, palette);
                QVERIFY2(!icon.isNull(), qPrintable(name));
                const QImage normal = icon.pixmap(24, QIcon::Normal).toImage();
                const QImage disabled = icon.pixmap(24, QIcon::Disabled).toImage();
                QCOMPARE(normal.size(), QSize(24, 24));
                // The most opaque pixel of the drawing is the text colour; the disabled form is the disabled one.
                const auto strongest = [](const QImage &image) {
                    QColor best(Qt::transparent);
                    for (int y = 0; y < image.height(); ++y) {
                        for (int x = 0; x < image.width(); ++x) {
                            const QColor pixel = image.pixelColor(x, y);
                            if (pixel.alpha() > best.alpha())
                                best = pixel;
                        }
                    }
                    return best;
                };
                const QColor drawn = strongest(normal);
                QVERIFY2(drawn.alpha() == 255, qPrintable(name));
                QCOMPARE(drawn.rgb(), palette.color(QPalette::WindowText).rgb());
                QCOMPARE(strongest(disabled).rgb(), palette.color(QPalette::Disabled, QPalette::WindowText).rgb());
                QVERIFY(contrast(drawn, palette.color(QPalette::Window)) >= 7);
            }
        }
        QVERIFY(Icons::get(QStringLiteral("no-such-icon")).isNull());
    }
};

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
