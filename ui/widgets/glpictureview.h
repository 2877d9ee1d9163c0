#pragma once

#include "media/frame.h"

#include <QOpenGLFunctions>
#include <QOpenGLWidget>

#include <array>
#include <functional>
#include <memory>

class QOpenGLShaderProgram;

// A camera's picture drawn by the GPU: a decoder's Y, U and V planes are uploaded as they are (3 MB for 1080p,
// against 3.5 MB of RGB for a 1252x704 tile) and scaled and converted to RGB by a fragment shader, so neither the
// worker nor the GUI thread scales or converts a pixel. Pictures that come as display images (JPEG cameras, which
// the worker decodes at tile size anyway) are drawn as an RGB texture. Letterbox bars are the clear colour; the
// owner paints its overlay on top through `overlay`.
class GlPictureView final : public QOpenGLWidget, protected QOpenGLFunctions
{
    Q_OBJECT

public:
    explicit GlPictureView(QWidget *parent = nullptr);
    ~GlPictureView() override;
    Q_DISABLE_COPY_MOVE(GlPictureView)

    // Shows `frame` at the next paint: its planes when it has them, else its prepared display image. A frame
    // with neither keeps the picture shown.
    void setFrame(const Frame &frame);
    bool hasPicture() const;
    // Called at the end of each paint, with a painter on this view.
    void setOverlay(std::function<void(QPainter &)> overlay);
    void setBackground(const QColor &color);

Q_SIGNALS:
    // The GPU cannot draw pictures here (no suitable OpenGL, a shader that did not build): the owner should draw
    // them some other way. Emitted once.
    void failed(const QString &why);

protected:
    void initializeGL() override;
    void paintGL() override;

private:
    enum class Content { None, Planes, Rgb };
    void upload(const Frame &frame);
    void uploadPlane(int index, const uchar *pixels, int stride, QSize planeSize);
    void drawPicture();
    void fail(const QString &why);
    void releaseGl();

    Frame m_pending; // set by setFrame(), uploaded at the next paint
    Content m_content = Content::None;
    QSize m_pictureSize;
    Frame::YuvPlanes m_colours {};
    std::unique_ptr<QOpenGLShaderProgram> m_yuvProgram;
    std::unique_ptr<QOpenGLShaderProgram> m_rgbProgram;
    std::array<GLuint, 3> m_textures {};
    std::array<QSize, 3> m_textureSizes;
    bool m_redTextures = false; // GL_R8 rather than GL_LUMINANCE (desktop GL 3 or GLES 3)
    bool m_mipmaps = false; // the context can make mipmaps of any size (desktop GL 3 or GLES 3)
    bool m_mipmapsMade = false; // for the picture uploaded last
    bool m_failed = false;
    QColor m_background = Qt::black;
    std::function<void(QPainter &)> m_overlay;
};
