#include "glpictureview.h"

#include <QGenericMatrix>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QOpenGLContext>
#include <QOpenGLShaderProgram>
#include <QPainter>

// Not in an OpenGL ES 2 header; the values are those of desktop GL 3 and GLES 3, the only contexts they are used on.
#ifndef GL_RED
#define GL_RED 0x1903
#endif
#ifndef GL_R8
#define GL_R8 0x8229
#endif
#ifndef GL_UNPACK_ROW_LENGTH
#define GL_UNPACK_ROW_LENGTH 0x0CF2
#endif

Q_LOGGING_CATEGORY(lcGlTile, "cctv.ui.gl")

namespace {
constexpr int RgbTexture = 3; // after the three planes

// GLSL that builds as desktop GLSL 1.10 and as GLSL ES 1.00 (Qt defines the precision words away on the desktop;
// GLSL ES fragment shaders get highp wherever the GPU has it).
const char *const VertexShader = R"(
attribute highp vec2 position;
attribute highp vec2 texCoord;
varying highp vec2 coord;
void main()
{
    coord = texCoord;
    gl_Position = vec4(position, 0.0, 1.0);
}
)";

// Put before each fragment shader.
const char *const FragmentPrecision = R"(
#if defined(GL_ES) && defined(GL_FRAGMENT_PRECISION_HIGH)
precision highp float;
#elif defined(GL_ES)
precision mediump float;
#endif
)";

// Y'CbCr to R'G'B': offset and scale bring the samples to Y' in [0, 1] and Cb, Cr in [-0.5, 0.5], then the matrix of
// the picture's colour standard.
const char *const YuvShader = R"(
varying vec2 coord;
uniform sampler2D planeY;
uniform sampler2D planeU;
uniform sampler2D planeV;
uniform vec3 offset;
uniform vec3 scale;
uniform mat3 toRgb;
void main()
{
    vec3 yuv = vec3(texture2D(planeY, coord).r, texture2D(planeU, coord).r, texture2D(planeV, coord).r);
    gl_FragColor = vec4(toRgb * ((yuv - offset) * scale), 1.0);
}
)";

// A display image: RGB32 is B, G, R, X in memory, uploaded as RGBA bytes, so red and blue swap back here.
const char *const RgbShader = R"(
varying vec2 coord;
uniform sampler2D picture;
void main()
{
    gl_FragColor = vec4(texture2D(picture, coord).bgr, 1.0);
}
)";

// The matrix from (Y', Cb, Cr) to (R', G', B') for a standard's red and blue weights (ITU-R BT.601 / BT.709).
QMatrix3x3 yuvToRgb(bool bt709)
{
    const float kr = bt709 ? 0.2126f : 0.299f;
    const float kb = bt709 ? 0.0722f : 0.114f;
    const float kg = 1.0f - kr - kb;
    // clang-format off
    const float rows[9] = {
        1.0f, 0.0f,                          2.0f * (1.0f - kr),
        1.0f, -2.0f * kb * (1.0f - kb) / kg, -2.0f * kr * (1.0f - kr) / kg,
        1.0f, 2.0f * (1.0f - kb),            0.0f,
    };
    // clang-format on
    return QMatrix3x3(rows);
}

std::unique_ptr<QOpenGLShaderProgram> buildProgram(const char *fragment, QString *error)
{
    auto program = std::make_unique<QOpenGLShaderProgram>();
    program->bindAttributeLocation("position", 0);
    program->bindAttributeLocation("texCoord", 1);
    if (!program->addShaderFromSourceCode(QOpenGLShader::Vertex, VertexShader)
        || !program->addShaderFromSourceCode(QOpenGLShader::Fragment, QByteArray(FragmentPrecision) + fragment)
        || !program->link()) {
        *error = program->log();
        return nullptr;
    }
    return program;
}
} // namespace

GlPictureView::GlPictureView(QWidget *parent)
    : QOpenGLWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
}

GlPictureView::~GlPictureView()
{
    // QOpenGLWidget's own destructor, which runs after this one, destroys the context: its aboutToBeDestroyed
    // must not call back into the part of this object that is already gone.
    if (QOpenGLContext *current = context())
        disconnect(current, nullptr, this, nullptr);
    releaseGl();
}

void GlPictureView::setFrame(const Frame &frame)
{
    if (frame.isNull())
        return;
    m_pending = frame;
    update();
}

bool GlPictureView::hasPicture() const
{
    return m_content != Content::None || !m_pending.isNull();
}

void GlPictureView::setOverlay(std::function<void(QPainter &)> overlay)
{
    m_overlay = std::move(overlay);
}

void GlPictureView::setBackground(const QColor &color)
{
    m_background = color;
    update();
}

void GlPictureView::initializeGL()
{
    initializeOpenGLFunctions();
    // A new context (the first, or after the widget moved to another window): nothing of the old one is left.
    m_textures.fill(0);
    m_textureSizes.fill(QSize());
    m_content = Content::None;
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &GlPictureView::releaseGl, Qt::UniqueConnection);

    const QSurfaceFormat format = context()->format();
    const bool version3 = format.majorVersion() >= 3;
    if (context()->isOpenGLES() && !version3) {
        // GLES 2 cannot upload a plane whose rows are padded (no GL_UNPACK_ROW_LENGTH), and decoders pad them.
        fail(QStringLiteral("OpenGL ES 3 is needed, this is %1.%2")
                 .arg(format.majorVersion())
                 .arg(format.minorVersion()));
        return;
    }
    m_redTextures = version3;
    m_mipmaps = version3;

    QString error;
    m_yuvProgram = buildProgram(YuvShader, &error);
    if (m_yuvProgram)
        m_rgbProgram = buildProgram(RgbShader, &error);
    if (!m_yuvProgram || !m_rgbProgram) {
        fail(QStringLiteral("the picture shader did not build: %1").arg(error.trimmed()));
        return;
    }
    glGenTextures(GLsizei(m_textures.size()), m_textures.data());
    m_yuvProgram->bind();
    m_yuvProgram->setUniformValue("planeY", 0);
    m_yuvProgram->setUniformValue("planeU", 1);
    m_yuvProgram->setUniformValue("planeV", 2);
    m_rgbProgram->bind();
    m_rgbProgram->setUniformValue("picture", 0);
    m_rgbProgram->release();
}

void GlPictureView::releaseGl()
{
    if (!m_textures[0] && !m_yuvProgram && !m_rgbProgram)
        return;
    makeCurrent(); // GL objects go with their context: this one, before it goes
    if (m_textures[0])
        glDeleteTextures(GLsizei(m_textures.size()), m_textures.data());
    m_textures.fill(0);
    m_textureSizes.fill(QSize());
    m_yuvProgram.reset();
    m_rgbProgram.reset();
    m_content = Content::None;
    doneCurrent();
}

void GlPictureView::fail(const QString &why)
{
    if (std::exchange(m_failed, true))
        return;
    qCWarning(lcGlTile).noquote() << "Cannot draw pictures with OpenGL:" << why;
    // Not from inside a paint: the owner replaces this view when told.
    QMetaObject::invokeMethod(
        this, [this, why] { Q_EMIT failed(why); }, Qt::QueuedConnection);
}

void GlPictureView::paintGL()
{
    glClearColor(m_background.redF(), m_background.greenF(), m_background.blueF(), 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (m_failed)
        return;
    if (!m_pending.isNull())
        upload(std::exchange(m_pending, Frame()));
    if (m_content != Content::None)
        drawPicture();
    if (m_overlay) {
        QPainter painter(this);
        m_overlay(painter);
    }
}

void GlPictureView::upload(const Frame &frame)
{
    const std::optional<Frame::YuvPlanes> planes = frame.yuv420Planes();
    QImage image;
    if (!planes) {
        image = frame.preparedDisplayImage();
        if (image.isNull())
            return; // the picture shown stays
        if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32)
            image = std::move(image).convertToFormat(QImage::Format_RGB32);
    }
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (planes) {
        const QSize chroma((planes->size.width() + 1) / 2, (planes->size.height() + 1) / 2);
        for (int i = 0; i < 3; ++i)
            uploadPlane(i, planes->data[i], planes->stride[i], i == 0 ? planes->size : chroma);
        m_content = Content::Planes;
        m_pictureSize = planes->size;
        m_colours = *planes;
    } else {
        uploadPlane(RgbTexture, image.constBits(), int(image.bytesPerLine()), image.size());
        m_content = Content::Rgb;
        m_pictureSize = image.size();
    }
    // Qt's own uploads (the overlay's glyphs) expect the defaults.
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    m_mipmapsMade = false;
}

void GlPictureView::uploadPlane(int index, const uchar *pixels, int stride, QSize planeSize)
{
    const bool rgb = index == RgbTexture;
    const GLenum format = rgb ? GL_RGBA : m_redTextures ? GL_RED : GL_LUMINANCE;
    const GLint internal = rgb ? GL_RGBA : m_redTextures ? GL_R8 : GL_LUMINANCE;
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_textures[index]);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, rgb ? stride / 4 : stride);
    if (m_textureSizes[index] == planeSize) {
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, planeSize.width(), planeSize.height(), format, GL_UNSIGNED_BYTE,
                        pixels);
    } else {
        glTexImage2D(GL_TEXTURE_2D, 0, internal, planeSize.width(), planeSize.height(), 0, format, GL_UNSIGNED_BYTE,
                     pixels);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        m_textureSizes[index] = planeSize;
    }
}

void GlPictureView::drawPicture()
{
    // The picture fitted into the view, aspect kept, centred: the rest stays the clear colour.
    const QSize device = size() * devicePixelRatioF();
    const QSize fitted = m_pictureSize.scaled(device, Qt::KeepAspectRatio);
    const int left = (device.width() - fitted.width()) / 2;
    const int bottom = (device.height() - fitted.height()) / 2;
    glViewport(left, bottom, fitted.width(), fitted.height());

    QOpenGLShaderProgram *program = m_content == Content::Planes ? m_yuvProgram.get() : m_rgbProgram.get();
    program->bind();
    // Shrunk to less than half, bilinear sampling skips source pixels and the picture shimmers: mipmaps then
    // average them first (on the GPU, once per picture).
    const bool mipmapped = m_mipmaps && fitted.width() * 2 < m_pictureSize.width();
    const int first = m_content == Content::Planes ? 0 : RgbTexture;
    const int last = m_content == Content::Planes ? 2 : RgbTexture;
    for (int i = last; i >= first; --i) {
        glActiveTexture(GL_TEXTURE0 + (i - first));
        glBindTexture(GL_TEXTURE_2D, m_textures[i]);
        if (mipmapped && !m_mipmapsMade)
            glGenerateMipmap(GL_TEXTURE_2D);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, mipmapped ? GL_LINEAR_MIPMAP_LINEAR : GL_LINEAR);
    }
    m_mipmapsMade = m_mipmapsMade || mipmapped;

    if (m_content == Content::Planes) {
        const float range = m_colours.fullRange ? 0.0f : 1.0f;
        program->setUniformValue("offset", QVector3D(16.0f / 255.0f * range, 128.0f / 255.0f, 128.0f / 255.0f));
        program->setUniformValue(
            "scale", m_colours.fullRange ? QVector3D(1, 1, 1) : QVector3D(255.0f / 219, 255.0f / 224, 255.0f / 224));
        program->setUniformValue("toRgb", yuvToRgb(m_colours.bt709));
    }

    // One quad over the viewport; the picture's first row at the top.
    static const GLfloat positions[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    static const GLfloat texCoords[] = {0, 1, 1, 1, 0, 0, 1, 0};
    program->enableAttributeArray(0);
    program->enableAttributeArray(1);
    program->setAttributeArray(0, GL_FLOAT, positions, 2);
    program->setAttributeArray(1, GL_FLOAT, texCoords, 2);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    program->disableAttributeArray(0);
    program->disableAttributeArray(1);
    program->release();

    // Leave the state as QPainter expects it for the overlay.
    for (int unit = 2; unit >= 0; --unit) {
        glActiveTexture(GL_TEXTURE0 + unit);
        glBindTexture(GL_TEXTURE_2D, 0);
    }
    glViewport(0, 0, device.width(), device.height());
}
