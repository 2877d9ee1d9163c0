#include "displayrequest.h"

namespace {
// The size and form in one word: the width's top bit (always clear in a QSize) holds the form.
constexpr quint64 PlanesBit = quint64(1) << 63;
} // namespace

void DisplayRequest::set(QSize size, Form form)
{
    quint64 packed = size.isEmpty() ? 0 : (quint64(quint32(size.width())) << 32) | quint32(size.height());
    if (packed && form == Form::Planes)
        packed |= PlanesBit;
    m_packed.store(packed, std::memory_order_relaxed);
}

QSize DisplayRequest::size() const
{
    const quint64 packed = m_packed.load(std::memory_order_relaxed) & ~PlanesBit;
    return packed ? QSize(int(packed >> 32), int(packed & 0xffffffffu)) : QSize();
}

QSize DisplayRequest::imageBoundFor(const Frame &frame) const
{
    const bool drawsPlanes = m_packed.load(std::memory_order_relaxed) & PlanesBit;
    return drawsPlanes && frame.yuv420Planes() ? QSize() : size();
}
