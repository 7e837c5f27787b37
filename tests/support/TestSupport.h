#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace gilde::test {

/// Runs the event loop until `done` is true or `timeoutMs` passes; returns `done()`.
/// Every wait in the tests goes through here, so every loop is bounded.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000);

/// The bytes of a file under tests/fixtures (or an absolute path).
QByteArray fixture(const QString &relativePath);

} // namespace gilde::test
