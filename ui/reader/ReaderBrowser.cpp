#include "ui/reader/ReaderBrowser.h"

#include "core/net/HttpClient.h"
#include "core/text/HiddenMedia.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFutureWatcher>
#include <QImageReader>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace gilde
{

Q_LOGGING_CATEGORY(lcReaderImages, "gilde.ui.reader.images")

namespace
{

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

// Runs on a worker thread: reads only the header first so that a hostile
// "image" announcing gigapixels is refused before anything is allocated.
QImage decodeImage(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(256);
    const QSize size = reader.size();
    if (size.isValid()) {
        if (qint64(size.width()) * size.height() > ReaderBrowser::MaxImagePixels)
            return {};
        if (size.width() > ReaderBrowser::MaxImageSide || size.height() > ReaderBrowser::MaxImageSide)
            reader.setScaledSize(
                size.scaled(ReaderBrowser::MaxImageSide, ReaderBrowser::MaxImageSide, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        qCDebug(lcReaderImages) << "image not decoded:" << reader.errorString();
    return image;
}

QString decodeAttribute(QString value)
{
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&#39;"), QLatin1String("'"));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

} // namespace

ReaderBrowser::ReaderBrowser(HttpClient &http, QWidget *parent)
    : QTextBrowser(parent)
    , m_http(http)
    , m_rescaleTimer(new QTimer(this))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    viewport()->setAutoFillBackground(true);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderBrowser::followLink);

    // Where a link goes, shown while hovering it, as browsers do.
    m_linkHint = new QLabel(viewport());
    m_linkHint->setObjectName(QStringLiteral("linkHint"));
    m_linkHint->setAutoFillBackground(true);
    m_linkHint->setBackgroundRole(QPalette::ToolTipBase);
    m_linkHint->setForegroundRole(QPalette::ToolTipText);
    m_linkHint->setContentsMargins(6, 2, 6, 2);
    m_linkHint->hide();
    connect(this, &QTextBrowser::highlighted, this, &ReaderBrowser::showLinkHint);

    m_rescaleTimer->setSingleShot(true);
    m_rescaleTimer->setInterval(80);
    connect(m_rescaleTimer, &QTimer::timeout, this, &ReaderBrowser::rescaleImages);
}

void ReaderBrowser::showHtml(const QString &sanitizedHtml)
{
    ++m_generation;
    m_hiddenRevealed = false;
    m_declaredWidths.clear();
    m_pending.clear();
    m_failed.clear();
    hideLinkHint();

    QList<QUrl> imageUrls;
    const QString html = withPlainImages(sanitizedHtml, &imageUrls);

    // Images this document shares with the previous one (the same item shown
    // again, or restyled) are kept instead of decoded again.
    QHash<QUrl, QImage> kept;
    m_loaded.clear();
    for (const QUrl &url : std::as_const(imageUrls)) {
        if (const auto found = m_originals.constFind(url); found != m_originals.constEnd()) {
            kept.insert(url, *found);
            m_loaded.insert(url);
        }
    }
    m_originals = kept;

    // clear() also drops the resources (images) of the previous document.
    document()->clear();
    setHtml(html);
    fixImageLines(document()->begin());
    updateMargins();
    verticalScrollBar()->setValue(0);
    // Start the downloads now rather than at the first layout, so that they
    // run while the pane is still being shown.
    fetchImages(imageUrls);
}

void ReaderBrowser::appendHtml(const QString &sanitizedHtml)
{
    QList<QUrl> imageUrls;
    const QString html = withPlainImages(sanitizedHtml, &imageUrls);
    const QTextBlock last = document()->lastBlock();
    QTextCursor end(document());
    end.movePosition(QTextCursor::End);
    end.insertHtml(html);
    fixImageLines(last.isValid() ? last : document()->begin());
    fetchImages(imageUrls);
}

QString ReaderBrowser::withPlainImages(const QString &sanitizedHtml, QList<QUrl> *imageUrls)
{
    // Rebuild each <img> with only src and alt: the browser then sizes the
    // image from the pixmap we give it, which is what lets us fit it to the pane.
    static const QRegularExpression imgTag(
        QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(
        QStringLiteral("([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"));
    QString html;
    html.reserve(sanitizedHtml.size());
    qsizetype last = 0;
    auto it = imgTag.globalMatch(sanitizedHtml);
    while (it.hasNext()) {
        const QRegularExpressionMatch tag = it.next();
        html += QStringView(sanitizedHtml).mid(last, tag.capturedStart() - last);
        last = tag.capturedEnd();
        QString src, alt;
        int width = 0;
        auto attrs = attribute.globalMatch(tag.captured());
        while (attrs.hasNext()) {
            const QRegularExpressionMatch a = attrs.next();
            const QString name = a.captured(1).toLower();
            QString value = a.captured(2);
            if (value.isEmpty())
                value = a.captured(3);
            if (value.isEmpty())
                value = a.captured(4);
            if (name == QLatin1String("src"))
                src = value;
            else if (name == QLatin1String("alt"))
                alt = value;
            else if (name == QLatin1String("width"))
                width = value.toInt();
        }
        if (src.isEmpty())
            continue;
        const QUrl url(decodeAttribute(src));
        if (width > 0)
            m_declaredWidths.insert(url, width);
        imageUrls->append(url);
        html += QStringLiteral("<img src=\"%1\" alt=\"%2\">")
                    .arg(src.replace(QLatin1Char('"'), QLatin1String("&quot;")),
                        alt.replace(QLatin1Char('"'), QLatin1String("&quot;")));
    }
    html += QStringView(sanitizedHtml).mid(last);
    return html;
}

void ReaderBrowser::fixImageLines(QTextBlock from)
{
    // The style sheet's proportional line height would also stretch a line
    // holding an image, leaving a gap of half the image below it.
    for (QTextBlock block = from; block.isValid(); block = block.next()) {
        if (!block.text().contains(QChar::ObjectReplacementCharacter))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setLineHeight(100, QTextBlockFormat::SingleHeight);
        QTextCursor(block).setBlockFormat(format);
    }
}

void ReaderBrowser::fetchImages(const QList<QUrl> &imageUrls)
{
    for (const QUrl &url : std::as_const(imageUrls)) {
        if (isWebUrl(url) && !m_pending.contains(url) && !m_originals.contains(url))
            fetchImage(url);
    }
}

void ReaderBrowser::clearContent()
{
    ++m_generation;
    m_originals.clear();
    m_pending.clear();
    m_loaded.clear();
    m_failed.clear();
    hideLinkHint();
    document()->clear();
}

bool ReaderBrowser::pageDown()
{
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return false;
    // Keep a line of overlap so the reader does not lose their place.
    const int step = qMax(bar->pageStep() - 2 * fontMetrics().lineSpacing(), fontMetrics().lineSpacing());
    bar->setValue(bar->value() + step);
    return true;
}

bool ReaderBrowser::pageUp()
{
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() <= bar->minimum())
        return false;
    const int step = qMax(bar->pageStep() - 2 * fontMetrics().lineSpacing(), fontMetrics().lineSpacing());
    bar->setValue(bar->value() - step);
    return true;
}

void ReaderBrowser::setMaxTextWidth(int px)
{
    m_maxTextWidth = px;
    updateMargins();
}

int ReaderBrowser::textWidth() const
{
    const QTextFrameFormat fmt = document()->rootFrame()->frameFormat();
    return qMax(60, int(viewport()->width() - fmt.leftMargin() - fmt.rightMargin() - 2));
}

QVariant ReaderBrowser::loadResource(int type, const QUrl &name)
{
    // Only images, only from the web: no style sheets, no local files, no navigation.
    if (type != QTextDocument::ImageResource)
        return {};
    if (!isWebUrl(name) || m_failed.contains(name))
        return placeholder(true);
    if (const auto found = m_originals.constFind(name); found != m_originals.constEnd())
        return scaledForView(*found, name);
    if (!m_pending.contains(name))
        fetchImage(name);
    return placeholder(false);
}

void ReaderBrowser::fetchImage(const QUrl &url)
{
    m_pending.insert(url);
    HttpRequest request;
    request.url = url;
    request.preferCache = true;
    request.maxBytes = MaxImageBytes;
    request.accept = "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8";
    const quint64 generation = m_generation;
    QPointer<ReaderBrowser> self(this);
    m_http.get(request, [self, url, generation](const HttpResult &result) {
        if (!self || generation != self->m_generation)
            return;
        if (!result.isSuccess() || result.body.isEmpty()) {
            qCDebug(lcReaderImages) << "image failed:" << url << result.errorText;
            self->imageArrived(url, generation, QImage());
            return;
        }
        // A watcher owned by the browser: if the browser goes first, the
        // decoded image is simply dropped (QFuture::then with a context
        // asserts in that case on Qt 6.4).
        auto *watcher = new QFutureWatcher<QImage>(self.data());
        QObject::connect(
            watcher, &QFutureWatcher<QImage>::finished, self.data(), [self, watcher, url, generation] {
                watcher->deleteLater();
                self->imageArrived(url, generation, watcher->result());
            });
        watcher->setFuture(QtConcurrent::run(decodeImage, result.body));
    });
}

void ReaderBrowser::imageArrived(const QUrl &url, quint64 generation, const QImage &image)
{
    if (generation != m_generation)
        return;
    m_pending.remove(url);
    if (image.isNull()) {
        m_failed.insert(url);
        document()->addResource(QTextDocument::ImageResource, url, placeholder(true));
        relayout();
        Q_EMIT imageFailed(url);
        return;
    }
    m_originals.insert(url, image);
    m_loaded.insert(url);
    document()->addResource(QTextDocument::ImageResource, url, scaledForView(image, url));
    relayout();
    Q_EMIT imageLoaded(url);
}

QImage ReaderBrowser::scaledForView(const QImage &original, const QUrl &url) const
{
    if (isHidden(url))
        return hiddenView(sharpView(original, url));
    return sharpView(original, url);
}

bool ReaderBrowser::isHidden(const QUrl &url) const
{
    return !m_hiddenRevealed && url.fragment() == QLatin1String(HiddenMediaFragment);
}

QImage ReaderBrowser::hiddenView(const QImage &sharp) const
{
    // A few pixels across, scaled back up: colours and shapes, no detail.
    const QSize size = sharp.size();
    const QImage tiny = sharp.scaled(qMax(1, size.width() / 32), qMax(1, size.height() / 32), Qt::IgnoreAspectRatio,
        Qt::SmoothTransformation);
    QImage blurred = tiny.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    blurred.setDevicePixelRatio(sharp.devicePixelRatio());
    QPainter p(&blurred);
    const QRectF area(QPointF(0, 0), QSizeF(size) / sharp.devicePixelRatio());
    p.fillRect(area, QColor(0, 0, 0, 90));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::white);
    p.drawText(area.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, tr("Sensitive content — click to show"));
    return blurred;
}

QImage ReaderBrowser::sharpView(const QImage &original, const QUrl &url) const
{
    int maxWidth = textWidth();
    if (const int declared = m_declaredWidths.value(url); declared > 0)
        maxWidth = qMin(maxWidth, declared);
    // The text layout scales images by logical DPI / 96 and divides by the
    // device pixel ratio; produce pixels so that the result fits exactly.
    const qreal dpr = devicePixelRatioF();
    const qreal dpiScale = logicalDpiY() / 96.0;
    const int naturalWidth = original.width();
    const int targetWidth = qMin(naturalWidth, maxWidth);
    if (targetWidth == naturalWidth && qFuzzyCompare(dpr, 1.0) && qFuzzyCompare(dpiScale, 1.0))
        return original;
    const int pixelWidth = qMax(1, qRound(targetWidth * dpr / dpiScale));
    QImage scaled = original.scaledToWidth(pixelWidth, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(dpr);
    return scaled;
}

QImage ReaderBrowser::placeholder(bool failed) const
{
    // A failed image (often a tracking pixel) simply disappears.
    if (failed) {
        QImage none(1, 1, QImage::Format_ARGB32_Premultiplied);
        none.fill(Qt::transparent);
        return none;
    }
    const qreal dpr = devicePixelRatioF();
    const QSize logical(qMin(240, textWidth()), 135);
    QImage box(logical * dpr, QImage::Format_ARGB32_Premultiplied);
    box.setDevicePixelRatio(dpr);
    box.fill(Qt::transparent);
    QPainter p(&box);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(palette().color(QPalette::AlternateBase));
    p.drawRoundedRect(QRectF(QPointF(0.5, 0.5), QSizeF(logical) - QSizeF(1, 1)), 6, 6);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(QPoint(0, 0), logical), Qt::AlignCenter, tr("Loading image…"));
    return box;
}

QMenu *ReaderBrowser::linkMenu(const QUrl &url, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    // Chosen from the menu, a hidden picture's link opens: the choice is deliberate.
    menu->addAction(tr("Open link"), this, [this, url] {
        Q_EMIT linkActivated(url.fragment() == QLatin1String(HiddenMediaFragment) ? url.adjusted(QUrl::RemoveFragment) : url);
    });
    menu->addAction(tr("Copy link address"), this,
        [url] { QApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded)); });
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        menu->addSeparator();
        menu->addAction(
            tr("Save link…"), this, [this, url, menu] { Q_EMIT saveLinkRequested(url, menu->pos()); });
    }
    return menu;
}

void ReaderBrowser::contextMenuEvent(QContextMenuEvent *event)
{
    const QString href = anchorAt(event->pos());
    QMenu *menu = nullptr;
    if (!href.isEmpty()) {
        menu = linkMenu(document()->baseUrl().resolved(QUrl(href)), this);
        if (textCursor().hasSelection()) {
            menu->addSeparator();
            menu->addAction(tr("Copy"), this, &QTextEdit::copy);
        }
    } else {
        menu = createStandardContextMenu(event->pos());
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void ReaderBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
    if (!m_originals.isEmpty() && textWidth() != m_lastLayoutWidth)
        m_rescaleTimer->start();
}

void ReaderBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        viewport()->update();
}

void ReaderBrowser::rescaleImages()
{
    m_lastLayoutWidth = textWidth();
    for (auto it = m_originals.constBegin(); it != m_originals.constEnd(); ++it)
        document()->addResource(QTextDocument::ImageResource, it.key(), scaledForView(it.value(), it.key()));
    relayout();
}

void ReaderBrowser::followLink(const QUrl &url)
{
    if (url.fragment() != QLatin1String(HiddenMediaFragment)) {
        Q_EMIT linkActivated(url);
        return;
    }
    // The first click shows what was hidden (all of the post's media, as the
    // web client does); the next one opens it.
    if (!m_hiddenRevealed) {
        m_hiddenRevealed = true;
        rescaleImages();
        return;
    }
    Q_EMIT linkActivated(url.adjusted(QUrl::RemoveFragment));
}

void ReaderBrowser::showLinkHint(const QUrl &url)
{
    if (url.isEmpty()) {
        hideLinkHint();
        return;
    }
    const int maxWidth = qMax(80, viewport()->width() - 16);
    const QString text = url.adjusted(url.fragment() == QLatin1String(HiddenMediaFragment) ? QUrl::RemoveFragment
                                                                                          : QUrl::None)
                             .toDisplayString();
    m_linkHint->setText(m_linkHint->fontMetrics().elidedText(text, Qt::ElideMiddle, maxWidth - 12));
    m_linkHint->adjustSize();
    m_linkHint->move(4, viewport()->height() - m_linkHint->height() - 4);
    m_linkHint->show();
    m_linkHint->raise();
}

void ReaderBrowser::hideLinkHint()
{
    m_linkHint->hide();
}

QString ReaderBrowser::linkHint() const
{
    return m_linkHint->isHidden() ? QString() : m_linkHint->text();
}

void ReaderBrowser::updateMargins()
{
    // A comfortable line length: the text column never exceeds m_maxTextWidth;
    // what is left over becomes equal margins on both sides.
    const int side = qMax(18, (viewport()->width() - m_maxTextWidth) / 2);
    if (side != m_sideMargin) {
        m_sideMargin = side;
        Q_EMIT sideMarginChanged(side);
    }
    QTextFrameFormat fmt = document()->rootFrame()->frameFormat();
    if (qRound(fmt.leftMargin()) == side && qRound(fmt.topMargin()) == 14)
        return;
    fmt.setLeftMargin(side);
    fmt.setRightMargin(side);
    fmt.setTopMargin(14);
    fmt.setBottomMargin(28);
    document()->rootFrame()->setFrameFormat(fmt);
}

void ReaderBrowser::relayout()
{
    m_lastLayoutWidth = textWidth();
    document()->markContentsDirty(0, document()->characterCount());
    viewport()->update();
}

} // namespace gilde
