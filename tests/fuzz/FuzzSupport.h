#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <cstdint>

// Every target links this file, and with it libFuzzer's LLVMFuzzerInitialize:
// once per process it keeps Qt's warnings off stderr, where thousands a second
// would slow the run and bury the report of a finding.

namespace gilde::fuzz
{

/// The input as a QByteArray of its own (a copy, so that AddressSanitizer
/// sees a read past its end).
QByteArray bytes(const uint8_t *data, size_t size);
/// The input read as UTF-8 (invalid sequences replaced, as QString does).
QString text(const uint8_t *data, size_t size);

/// A Content-Type header chosen by one byte of the input: none, a charset the
/// decoders handle themselves, one they hand to QStringDecoder, or nonsense.
QByteArray contentTypeFor(uint8_t selector);

/// Stops the run: libFuzzer keeps the input that got here as a finding.
[[noreturn]] void finding(const char *what, QStringView detail = {});

/// The scheme of an address as a browser reads it (controls and white space
/// ignored, lower case), or "" for a relative address.
QString schemeOf(QStringView url);

/// An address a reader may follow: http(s), mailto, or relative.
bool isSafeLinkUrl(QStringView url);

} // namespace gilde::fuzz
