#pragma once

// Helpers for the link library's GUI tests: links saved on a real profile,
// modal questions answered from the event loop as a user would.

#include "core/links/LinkLibrary.h"
#include "test_dashboard_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <memory>

namespace gilde::test
{

inline qint64 saveLink(Engine &engine, const QString &url, const QStringList &tags, const QString &title = {},
    qint64 savedMs = 0)
{
    Link l;
    l.url = QUrl(url);
    l.title = title.isEmpty() ? QStringLiteral("Page %1").arg(url) : title;
    l.tags = tags;
    l.savedMs = savedMs;
    const LinkLibrary::SaveResult r = engine.library().save(l);
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.id > 0);
    return r.id;
}

inline void showActive(QWidget &w)
{
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

/// Presses `button` in the next message box that opens (within a few seconds).
/// `answered` becomes true once it did.
inline void answerNextMessageBox(QMessageBox::StandardButton button, std::shared_ptr<bool> answered)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, button, answered] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (QAbstractButton *b = box->button(button)) {
                *answered = true;
                b->click();
            }
            timer->deleteLater();
            return;
        }
        if (++*tries > 300)
            timer->deleteLater();
    });
    timer->start(10);
}

} // namespace gilde::test
