#pragma once

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>

#include <functional>

class QLabel;
class QMenu;
class QTimer;

namespace gilde
{

class HttpClient;

/// The reader's body: a QTextBrowser that never navigates by itself. Links
/// are handed out through linkActivated(); images are fetched asynchronously
/// through the program's HttpClient (disk-cached, so once seen they show
/// offline), decoded off the GUI thread, scaled to the text width and added
/// to the document as resources while a placeholder holds their place.
class ReaderBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderBrowser(HttpClient &http, QWidget *parent = nullptr);

    /// Shows sanitized HTML; width/height attributes of images are dropped so
    /// that the browser sizes them itself. Pending image fetches of the
    /// previous document are forgotten.
    void showHtml(const QString &sanitizedHtml);
    /// Adds sanitized HTML at the end of what is shown (a long thread, in parts).
    void appendHtml(const QString &sanitizedHtml);
    void clearContent();

    /// Scrolls one page down; false when already at the bottom.
    bool pageDown();
    bool pageUp();

    /// The widest the text column gets, in pixels; the rest becomes margin.
    void setMaxTextWidth(int px);
    int textWidth() const;
    /// The left/right margin around the text column, for aligning a header with it.
    int sideMargin() const { return m_sideMargin; }

    /// Images fully loaded into the current document (for tests and status).
    int loadedImageCount() const { return int(m_loaded.size()); }
    bool isImageLoaded(const QUrl &url) const { return m_loaded.contains(url); }

    /// The menu shown for a link: Open link, Copy link address, Save link.
    /// The caller owns it.
    QMenu *linkMenu(const QUrl &url, QWidget *parent = nullptr);

    /// The address shown while the mouse is over a link, "" when none.
    QString linkHint() const;

    static constexpr qint64 MaxImageBytes = 8 * 1024 * 1024;
    static constexpr int MaxImagePixels = 40 * 1000 * 1000;
    static constexpr int MaxImageSide = 2400; ///< larger images are scaled down on decode

Q_SIGNALS:
    /// A link the user wants to follow (click or context menu); the owner decides.
    void linkActivated(const QUrl &url);
    /// "Save link…" from a link's menu; `globalPos` is where the menu was.
    void saveLinkRequested(const QUrl &url, const QPoint &globalPos);
    void imageLoaded(const QUrl &url);
    void imageFailed(const QUrl &url);
    void sideMarginChanged(int px);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Rebuilds each <img> with only src and alt; collects their addresses.
    QString withPlainImages(const QString &sanitizedHtml, QList<QUrl> *imageUrls);
    /// Blocks from `from` on that hold an image get single line height.
    void fixImageLines(QTextBlock from);
    void fetchImages(const QList<QUrl> &imageUrls);
    void fetchImage(const QUrl &url);
    void imageArrived(const QUrl &url, quint64 generation, const QImage &image);
    /// What the document shows of an image: scaled to the text, blurred while hidden.
    QImage scaledForView(const QImage &original, const QUrl &url) const;
    QImage sharpView(const QImage &original, const QUrl &url) const;
    QImage hiddenView(const QImage &sharp) const;
    /// A sensitive post's picture not yet clicked to show (HiddenMediaFragment).
    bool isHidden(const QUrl &url) const;
    void followLink(const QUrl &url);
    QImage placeholder(bool failed) const;
    void rescaleImages();
    void updateMargins();
    void relayout();
    void showLinkHint(const QUrl &url);
    void hideLinkHint();

    HttpClient &m_http;
    bool m_hiddenRevealed = false; ///< the sensitive media of the document were clicked to show
    quint64 m_generation = 0; ///< bumped per document; stale answers are dropped
    QHash<QUrl, QImage> m_originals; ///< decoded (capped) images of the current document
    QHash<QUrl, int> m_declaredWidths; ///< width="" of the img tags, used as an upper bound
    QSet<QUrl> m_pending;
    QSet<QUrl> m_loaded;
    QSet<QUrl> m_failed;
    int m_maxTextWidth = 680;
    int m_lastLayoutWidth = -1;
    int m_sideMargin = 18;
    QTimer *m_rescaleTimer;
    QLabel *m_linkHint = nullptr;
};

} // namespace gilde
