#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// Headers every answer of the share server carries: the browser sniffs no other type into it, no other site frames
// it, and nothing it says is loaded from anywhere else. Pages widen the policy for their own script and style only.
namespace SecurityHeaders {

constexpr QByteArrayView BasePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

// `Name: value\r\n` lines, for answers written by hand (streams).
inline QByteArray lines()
{
    return "Content-Security-Policy: " + BasePolicy.toByteArray() + "\r\nX-Content-Type-Options: nosniff\r\n";
}

} // namespace SecurityHeaders
