#include "tilerenderer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

Q_LOGGING_CATEGORY(lcRenderer, "cctv.ui.renderer")

namespace {
struct Choice
{
    bool gpu = false;
    QString reason;
};

// What OpenGL this machine offers, found with a throwaway context; empty when there is none.
QString openGlRenderer(bool *hardware, bool *version3)
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *name = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString renderer = name ? QString::fromLatin1(name) : QStringLiteral("unknown");
    *version3 = context.format().majorVersion() >= 3;
    const QString lower = renderer.toLower();
    *hardware = !lower.contains(u"llvmpipe") && !lower.contains(u"softpipe") && !lower.contains(u"swrast")
        && !lower.contains(u"software");
    context.doneCurrent();
    return renderer;
}

Choice choose()
{
    const QString wanted = qEnvironmentVariable("CCTV_RENDERER").toLower();
    if (wanted == u"software")
        return {false, QStringLiteral("software, as CCTV_RENDERER asks")};
    if (!wanted.isEmpty() && wanted != u"gl")
        qCWarning(lcRenderer).noquote() << "CCTV_RENDERER should be gl or software, not" << wanted;

    bool hardware = false, version3 = false;
    const QString renderer = openGlRenderer(&hardware, &version3);
    if (renderer.isEmpty())
        return {false, QStringLiteral("software: no OpenGL here")};
    if (wanted == u"gl")
        return {true, QStringLiteral("OpenGL (%1), as CCTV_RENDERER asks").arg(renderer)};
    if (!hardware)
        return {false, QStringLiteral("software: OpenGL here is itself software (%1)").arg(renderer)};
    if (!version3)
        return {false, QStringLiteral("software: %1 is older than OpenGL 3").arg(renderer)};
    return {true, QStringLiteral("OpenGL (%1)").arg(renderer)};
}

const Choice &choice()
{
    static const Choice decided = [] {
        Choice made = choose();
        qCInfo(lcRenderer).noquote() << "Camera pictures drawn with" << made.reason;
        return made;
    }();
    return decided;
}
} // namespace

void TileRenderer::prepareApplication()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // When Qt's glyph atlas outgrows its texture it copies it on the GPU; with several tiles' contexts that copy
    // scrambled letters already drawn (Mesa, seen in screenshots). The workaround keeps a copy in memory instead.
    if (!qEnvironmentVariableIsSet("QT_ENABLE_GLYPH_CACHE_WORKAROUND"))
        qputenv("QT_ENABLE_GLYPH_CACHE_WORKAROUND", "1");
}

bool TileRenderer::useGpu()
{
    return choice().gpu;
}

QString TileRenderer::reason()
{
    return choice().reason;
}
