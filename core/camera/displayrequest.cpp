#include "displayrequest.h"

namespace {
// The size and form in one word: the width's top bit (always clear in a QSize) holds the form.
constexpr quint64 PlanesBit = quint64(1) << 63;

QSize unpacked(quint64 packed)
{
    packed &= ~PlanesBit;
    return packed ? QSize(int(packed >> 32), int(packed & 0xffffffffu)) : QSize();
}
} // namespace

int DisplayRequest::acquire()
{
    for (int slot = 0; slot < Slots; ++slot) {
        if (!m_taken[size_t(slot)]) {
            m_taken[size_t(slot)] = true;
            return slot;
        }
    }
    return -1;
}

void DisplayRequest::release(int slot)
{
    if (slot < 0 || slot >= Slots)
        return;
    m_packed[size_t(slot)].store(0, std::memory_order_relaxed);
    m_taken[size_t(slot)] = false;
}

void DisplayRequest::set(int slot, QSize size, Form form)
{
    if (slot < 0 || slot >= Slots)
        return;
    quint64 packed = size.isEmpty() ? 0 : (quint64(quint32(size.width())) << 32) | quint32(size.height());
    if (packed && form == Form::Planes)
        packed |= PlanesBit;
    m_packed[size_t(slot)].store(packed, std::memory_order_relaxed);
}

QSize DisplayRequest::size() const
{
    QSize largest;
    for (const std::atomic<quint64> &slot : m_packed) {
        const QSize size = unpacked(slot.load(std::memory_order_relaxed));
        if (!size.isEmpty() && (largest.isEmpty() || size.width() * size.height() > largest.width() * largest.height()))
            largest = size;
    }
    return largest;
}

QVarLengthArray<QSize, DisplayRequest::Slots> DisplayRequest::imageBoundsFor(const Frame &frame) const
{
    QVarLengthArray<QSize, Slots> bounds;
    const bool hasPlanes = bool(frame.yuv420Planes());
    for (const std::atomic<quint64> &slot : m_packed) {
        const quint64 packed = slot.load(std::memory_order_relaxed);
        const QSize size = unpacked(packed);
        if (size.isEmpty() || ((packed & PlanesBit) && hasPlanes) || bounds.contains(size))
            continue;
        bounds.append(size);
    }
    return bounds;
}
