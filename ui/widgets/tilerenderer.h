#pragma once

#include <QString>

// How camera tiles draw their pictures: on the GPU (GlPictureView: the decoder's planes scaled and converted by a
// shader) when the machine has a hardware OpenGL driver, else in software (the worker scales and converts, the
// tile copies the result). A software OpenGL (Mesa's llvmpipe) would only move the same work to other threads.
// The environment variable CCTV_RENDERER=gl or =software overrides the choice (tests, benchmarks, a bad driver).
namespace TileRenderer {
// Before the QApplication is made: the settings OpenGL tiles need (one set of textures shared by all their
// contexts; a glyph cache that grows without a GPU-side copy, which garbled overlay text on Mesa).
void prepareApplication();
// Decided once, at the first call, which must be on the GUI thread.
bool useGpu();
// Why, in a sentence: the OpenGL renderer used, or why not.
QString reason();
} // namespace TileRenderer
